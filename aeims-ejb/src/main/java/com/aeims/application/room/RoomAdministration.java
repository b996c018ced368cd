package com.aeims.application.room;

import java.util.List;

/**
 * An operator runs their rooms: opens one with its terms (name, PIN, entry fee, rate, size), changes it, closes and
 * reopens it, lists their rooms and sees what each has earned. Moving people out of a room is {@link RoomModeration}.
 */
public interface RoomAdministration {

    /** What an operator asks a room to be; prices in cents, a blank PIN for none. */
    record Draft(String name, String description, String pin, Integer entryFeeCents, Integer ratePerMinuteCents,
                 Integer maxUsers) {
    }

    RoomView create(long operatorId, Draft draft);

    /**
     * Changes the room's name, description, prices, size and PIN (a blank PIN keeps the current one); visits already
     * under way keep the rate they joined at.
     */
    RoomView change(long operatorId, long roomId, Draft draft, boolean removePin);

    /** Opens a closed room again. */
    RoomView reopen(long operatorId, long roomId);

    /** Closes the room: everyone present is moved out and their billing stops. */
    RoomView close(long operatorId, long roomId);

    /** The operator's own rooms, open ones first. */
    List<RoomView> ownedBy(long operatorId);

    /** What the operator has earned in the room. */
    long earnedCents(long operatorId, long roomId);
}
