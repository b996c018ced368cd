package com.aeims.application.room;

import com.aeims.application.PushUpdate;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened in a room, for the people it concerns (the audience, by account id). Sent through
 * {@link com.aeims.application.Push} in the transaction that made it happen; pages hear of it after it commits.
 */
public record RoomActivity(long roomId, Kind kind, List<Long> audience, Long actorId, String actorName, String text,
                           Long lineId, Instant at, Long cents, Long balanceCents, Integer minutes)
        implements PushUpdate {

    public enum Kind {
        /** A message (actor, text, line id). */
        SAID,
        /** A customer came in (actor). */
        JOINED,
        /** A customer went out (actor; text is the reason). */
        LEFT,
        /** To the customer moved out: why (text). */
        REMOVED,
        /** The operator closed the room. */
        CLOSED,
        /** To the customer: a minute was paid (minutes so far, cents spent so far, balance). */
        MINUTE_PAID,
        /** To the customer: the balance does not cover the next minute (balance; at is when it starts). */
        LOW_FUNDS,
        /** To the operator: what the room has earned (cents). */
        EARNINGS
    }

    public static RoomActivity said(long roomId, List<Long> audience, RoomChat.Line line) {
        return new RoomActivity(roomId, Kind.SAID, audience, line.authorId(), line.authorName(), line.body(),
                line.id(), line.at(), null, null, null);
    }

    public static RoomActivity presence(long roomId, Kind kind, List<Long> audience, long customerId, String name,
                                        String reason, Instant at) {
        return new RoomActivity(roomId, kind, audience, customerId, name, reason, null, at, null, null, null);
    }

    public static RoomActivity toOne(long roomId, Kind kind, long accountId, String text, Instant at, Long cents,
                                     Long balanceCents, Integer minutes) {
        return new RoomActivity(roomId, kind, List.of(accountId), accountId, null, text, null, at, cents,
                balanceCents, minutes);
    }
}
