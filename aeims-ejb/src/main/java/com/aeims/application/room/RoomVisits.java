package com.aeims.application.room;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers find rooms and visit them: join (PIN unless invited, entry fee and first minute), keep the visit alive
 * while the page is open, and leave. Every further minute of a stay is paid when it starts (see {@link RoomBilling}).
 */
public interface RoomVisits {

    int MAX_VISIT_KEY = 64;

    record Joined(long visitId, long chargedCents, long balanceRemainingCents, boolean alreadyInside) {
    }

    /** A customer's stay as they see it: what it has cost so far and until when it is paid. */
    record Visit(long visitId, boolean present, String leftReason, int minutesCharged, long spentCents,
                 Instant paidUntil, long balanceCents, boolean nextMinuteAffordable) {
    }

    /**
     * Active rooms of operators listed on the site, busiest first; {@code text} matches name, description or operator;
     * prices in cents per minute.
     */
    List<RoomView> search(long siteId, String text, Integer minRateCents, Integer maxRateCents);

    /** The room as anyone may see it before joining. */
    RoomView find(long roomId);

    /**
     * Joining twice while inside changes nothing; the same visit key again is refused; a price that is no longer
     * the room's is refused with the new one ({@link com.aeims.application.PriceChanged}).
     */
    Joined join(long customerId, long roomId, String pin, String visitKey, RoomPrice seen);

    void leave(long customerId, long roomId);

    /** The customer's page is still open; returns the customer's latest visit of the room. */
    Visit stillHere(long customerId, long roomId);

    /**
     * These customers' pages of these rooms (by room id) are still open, their browsers answer: keeps those visits
     * alive, and only those (a customer's visit of another room is not kept by this room's page).
     */
    void stillHere(Map<Long, ? extends Collection<Long>> customersByRoom);

    /** The customer's latest visit of the room, if they ever joined it. */
    Optional<Visit> visit(long customerId, long roomId);
}
