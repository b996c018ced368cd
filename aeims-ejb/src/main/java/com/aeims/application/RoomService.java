package com.aeims.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Operators' private chat rooms: operators open, run (kick, ban, invite) and close them; customers find them, join
 * (PIN unless invited, entry fee and first minute), talk, and leave. Every started minute of a stay is paid when it
 * starts (see {@link RoomBilling}).
 */
public interface RoomService {

    int MAX_VISIT_KEY = 64;

    record Draft(String name, String description, String pin, Integer entryFeeCents, Integer ratePerMinuteCents,
                 Integer maxUsers) {
    }

    record RoomView(long id, long operatorId, String operatorName, String name, String description,
                    boolean pinProtected, int entryFeeCents, int ratePerMinuteCents, int maxUsers, int present,
                    boolean active) {
    }

    record Joined(long visitId, long chargedCents, long balanceRemainingCents, boolean alreadyInside) {
    }

    /** A customer's stay as they see it: what it has cost so far and until when it is paid. */
    record Visit(long visitId, boolean present, String leftReason, int minutesCharged, long spentCents,
                 Instant paidUntil, long balanceCents, boolean nextMinuteAffordable) {
    }

    record Member(long customerId, String name, Instant joinedAt) {
    }

    /** A line of the room's history; {@code kind} is MESSAGE, JOINED or LEFT. */
    record Line(long id, long authorId, String authorName, String kind, String body, Instant at) {
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

    /**
     * Active rooms of operators listed on the site, busiest first; {@code text} matches name, description or operator;
     * prices in cents per minute.
     */
    List<RoomView> search(long siteId, String text, Integer minRateCents, Integer maxRateCents);

    /** The operator's own rooms, open ones first. */
    List<RoomView> ownedBy(long operatorId);

    /** The room as anyone may see it before joining. */
    RoomView find(long roomId);

    Joined join(long customerId, long roomId, String pin, String visitKey);

    void leave(long customerId, long roomId);

    /** The customer's page is still open; returns the customer's latest visit of the room. */
    Visit stillHere(long customerId, long roomId);

    /** These customers' room pages are still open (their browsers answer); keeps their present visits alive. */
    void stillHere(Collection<Long> customerIds);

    /** The customer's latest visit of the room, if they ever joined it. */
    Optional<Visit> visit(long customerId, long roomId);

    /** Who is in the room; for its operator and the customers in it. */
    List<Member> members(long accountId, long roomId);

    /** The last lines of the room; for its operator and the customers in it. */
    List<Line> history(long accountId, long roomId, int limit);

    /** Says something in the room; the same client key again returns the first line instead of a second one. */
    Line say(long accountId, long roomId, String text, String clientKey);

    /** Moves a customer out of the operator's room; a ban also keeps them out until it is lifted. */
    void remove(long operatorId, long roomId, long customerId, boolean ban);

    void liftBan(long operatorId, long roomId, long customerId);

    List<Member> banned(long operatorId, long roomId);

    /** Invites a customer who has been in touch with the operator; they get a toast and may enter without the PIN. */
    void invite(long operatorId, long roomId, long customerId);

    /** What the operator has earned in the room. */
    long earnedCents(long operatorId, long roomId);
}
