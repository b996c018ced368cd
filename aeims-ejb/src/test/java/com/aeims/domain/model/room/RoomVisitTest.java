package com.aeims.domain.model.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.domain.model.room.RoomVisit.LeftReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoomVisitTest {

    private static final Instant JOINED = Instant.parse("2026-11-21T20:00:00Z");

    @Test
    void aMinuteIsDueWhenItStartsAndNotBefore() {
        RoomVisit visit = new RoomVisit(1, 2, "room-visit:2:a", 150, JOINED);
        assertTrue(visit.minuteDue(JOINED), "the first minute is due on joining");
        visit.minutePaid();
        assertFalse(visit.minuteDue(JOINED.plusSeconds(59)));
        assertTrue(visit.minuteDue(JOINED.plusSeconds(60)));
        assertEquals("room-visit:2:a:minute:2", visit.nextMinuteKey());
        visit.minutePaid();
        assertEquals(2, visit.getMinutesCharged());
        assertEquals(300, visit.getMinuteCents());
        assertEquals(JOINED.plusSeconds(120), visit.getPaidUntil());
    }

    @Test
    void nothingIsDueAfterLeavingAndTheFirstReasonStays() {
        RoomVisit visit = new RoomVisit(1, 2, "k", 100, JOINED);
        visit.minutePaid();
        visit.leave(LeftReason.KICKED, JOINED.plusSeconds(30));
        visit.leave(LeftReason.LEFT, JOINED.plusSeconds(40));
        assertEquals(LeftReason.KICKED, visit.getLeftReason());
        assertEquals(JOINED.plusSeconds(30), visit.getLeftAt());
        assertFalse(visit.minuteDue(JOINED.plusSeconds(600)));
        assertFalse(visit.silentSince(JOINED.plusSeconds(600)), "a visit that is over is not silent");
    }

    @Test
    void theLowFundsWarningComesOncePerShortageAndReArmsAfterATopUp() {
        RoomVisit visit = new RoomVisit(1, 2, "k", 100, JOINED);
        assertFalse(visit.warnAboutFunds(true));
        assertTrue(visit.warnAboutFunds(false));
        assertFalse(visit.warnAboutFunds(false), "warned already");
        assertFalse(visit.warnAboutFunds(true));
        assertTrue(visit.warnAboutFunds(false), "a new shortage after a top-up is warned again");
    }

    @Test
    void aVisitIsSilentWhenItsPageWasLastSeenBeforeTheCutoff() {
        RoomVisit visit = new RoomVisit(1, 2, "k", 100, JOINED);
        assertNull(visit.getLeftAt());
        assertTrue(visit.silentSince(JOINED.plusSeconds(1)));
        visit.seen(JOINED.plusSeconds(20));
        assertFalse(visit.silentSince(JOINED.plusSeconds(20)));
        assertTrue(visit.silentSince(JOINED.plusSeconds(21)));
    }
}
