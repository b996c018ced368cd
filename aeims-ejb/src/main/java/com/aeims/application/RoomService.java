package com.aeims.application;

import java.util.List;

/**
 * Operators' private chat rooms: create and close them; customers find them and join (PIN when set, entry fee once
 * per visit) and leave. Per-minute billing, room chat, kick, ban and invitations build on this.
 */
public interface RoomService {

    record Draft(String name, String description, String pin, Integer entryFeeCents, Integer ratePerMinuteCents,
                 Integer maxUsers) {
    }

    record RoomView(long id, long operatorId, String operatorName, String name, String description,
                    boolean pinProtected, int entryFeeCents, int ratePerMinuteCents, int maxUsers, int present,
                    boolean active) {
    }

    record Joined(long visitId, long chargedCents, long balanceRemainingCents, boolean alreadyInside) {
    }

    RoomView create(long operatorId, Draft draft);

    /** Closes the room: everyone present is moved out. */
    RoomView close(long operatorId, long roomId);

    /** Active rooms, busiest first; {@code text} matches name, description or operator; prices in cents per minute. */
    List<RoomView> search(String text, Integer minRateCents, Integer maxRateCents);

    Joined join(long customerId, long roomId, String pin, String visitKey);

    void leave(long customerId, long roomId);
}
