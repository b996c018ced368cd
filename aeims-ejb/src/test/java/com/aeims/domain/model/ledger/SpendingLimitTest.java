package com.aeims.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpendingLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aFirstCapAndALowerOneApplyAtOnce() {
        SpendingLimit capped = SpendingLimit.NONE.change(1000L, null, NOW);
        SpendingLimit lowered = capped.change(500L, null, NOW.plusSeconds(60));

        assertEquals(1000L, capped.daily().cents());
        assertEquals(500L, lowered.daily().cents());
        assertNull(lowered.daily().pendingFrom());
        assertEquals(200, lowered.allowanceCents(300, 300, NOW.plusSeconds(60)));
    }

    @Test
    void aHigherCapOrNoneWaitsADayAndTheOldCapHoldsMeanwhile() {
        SpendingLimit capped = SpendingLimit.NONE.change(500L, 5000L, NOW);
        SpendingLimit raised = capped.change(null, 9000L, NOW);

        assertEquals(500L, raised.daily().cents());
        assertEquals(NOW.plus(SpendingLimit.RAISE_DELAY), raised.daily().pendingFrom());
        assertEquals(0, raised.allowanceCents(500, 500, NOW.plus(Duration.ofHours(23))));
        assertEquals(8500, raised.allowanceCents(500, 500, NOW.plus(SpendingLimit.RAISE_DELAY)),
                "a day later: no daily cap, 30-day cap 9000");
    }

    @Test
    void askingForTheCapInForceAgainDropsAPendingRaise() {
        SpendingLimit raised = SpendingLimit.NONE.change(500L, null, NOW).change(900L, null, NOW);
        SpendingLimit kept = raised.change(500L, null, NOW.plusSeconds(10));

        assertNull(kept.daily().pendingFrom());
        assertEquals(500L, kept.asOf(NOW.plus(Duration.ofDays(2))).daily().cents());
    }

    @Test
    void aCoolOffStopsEverythingAndIsNeverShortened() {
        SpendingLimit paused = SpendingLimit.NONE.coolOff(Duration.ofDays(3), NOW);
        SpendingLimit shorter = paused.coolOff(Duration.ofDays(1), NOW.plusSeconds(5));

        assertEquals(0, paused.allowanceCents(0, 0, NOW.plusSeconds(1)));
        assertEquals(paused.coolOffUntil(), shorter.coolOffUntil());
        assertTrue(paused.limitsAnything(NOW));
        assertFalse(paused.limitsAnything(NOW.plus(Duration.ofDays(4))));
        assertEquals(Long.MAX_VALUE, paused.allowanceCents(0, 0, NOW.plus(Duration.ofDays(4))));
    }

    @Test
    void aNegativeCapIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> SpendingLimit.NONE.change(-1L, null, NOW));
    }
}
