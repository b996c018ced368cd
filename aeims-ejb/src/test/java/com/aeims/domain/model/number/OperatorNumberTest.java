package com.aeims.domain.model.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorNumberTest {

    private static final Instant NOW = Instant.parse("2027-01-31T10:00:00Z");

    private static OperatorNumber reserved() {
        return new OperatorNumber(7, "+12125550177", NumberType.LOCAL, "New York", "NY", "7:key", 399, NOW);
    }

    @Test
    void aBoughtNumberIsPaidForItsFirstMonthCountedOnTheCalendar() {
        OperatorNumber number = reserved();

        number.purchased("PN1", NOW);

        assertEquals(OperatorNumber.Status.ACTIVE, number.getStatus());
        assertEquals(1, number.getPaidPeriods());
        assertEquals(Optional.of(Instant.parse("2027-02-28T10:00:00Z")), number.getPaidUntil(),
                "a month from January 31st ends on the last day of February");
        assertTrue(number.isHeld());
    }

    @Test
    void aFailedPurchaseIsNeverTheOperatorsAndKeepsItsReason() {
        OperatorNumber number = reserved();

        number.failed("the provider refused it");

        assertFalse(number.isHeld());
        assertEquals(Optional.of("the provider refused it"), number.getFailure());
        assertThrows(IllegalStateException.class, () -> number.purchased("PN1", NOW), "a failed purchase stays failed");
    }

    @Test
    void aReleasedNumberStaysHeldUntilTheProviderHasItBack() {
        OperatorNumber number = reserved();
        number.purchased("PN1", NOW);

        number.release(NOW.plusSeconds(60));

        assertEquals(OperatorNumber.Status.RELEASING, number.getStatus());
        assertTrue(number.isHeld(), "nobody else may buy it while the provider still has it as ours");
        number.releasedByProvider(NOW.plusSeconds(120));
        assertEquals(OperatorNumber.Status.RELEASED, number.getStatus());
        assertFalse(number.isHeld());
        assertEquals(Optional.of(NOW.plusSeconds(60)), number.getReleasedAt(), "released when it went out of use");
    }

    @Test
    void releasingANumberStillBeingBoughtChangesNothing() {
        OperatorNumber number = reserved();

        number.release(NOW);

        assertEquals(OperatorNumber.Status.PURCHASING, number.getStatus());
    }

    @Test
    void aFeeFallsDueAtTheEndOfThePaidMonthWithItsReminderOnceBefore() {
        OperatorNumber number = reserved();
        number.purchased("PN1", NOW);
        Instant due = Instant.parse("2027-02-28T10:00:00Z");
        Duration notice = Duration.ofDays(3);

        assertFalse(number.isReminderDue(due.minus(Duration.ofDays(4)), notice));
        assertTrue(number.isReminderDue(due.minus(Duration.ofDays(2)), notice));
        number.reminded();
        assertFalse(number.isReminderDue(due.minus(Duration.ofDays(1)), notice), "once per period");
        assertFalse(number.isFeeDue(due.minusSeconds(1)));
        assertTrue(number.isFeeDue(due));

        number.periodPaid();

        assertEquals(Optional.of(Instant.parse("2027-03-31T10:00:00Z")), number.getPaidUntil(),
                "months count from the purchase, so February's short month does not move March's date");
        assertTrue(number.isReminderDue(Instant.parse("2027-03-29T10:00:00Z"), notice), "the next period's reminder");
    }

    @Test
    void anUnpaidFeeSuspendsAfterTheGraceAndPayingMakesTheNumberActiveAgain() {
        OperatorNumber number = reserved();
        number.purchased("PN1", NOW);
        Instant due = number.getPaidUntil().orElseThrow();
        Duration grace = Duration.ofDays(7);

        assertTrue(number.feeUnpaid(due), "the grace period starts");
        assertFalse(number.feeUnpaid(due.plusSeconds(60)), "and does not start again");
        assertFalse(number.isGraceOver(due.plus(Duration.ofDays(6)), grace));
        assertTrue(number.isGraceOver(due.plus(grace), grace));
        number.suspend(due.plus(grace));
        assertEquals(OperatorNumber.Status.SUSPENDED, number.getStatus());
        assertFalse(number.isSuspendedFor(due.plus(Duration.ofDays(36)), Duration.ofDays(30)));
        assertTrue(number.isSuspendedFor(due.plus(Duration.ofDays(37)), Duration.ofDays(30)));

        number.periodPaid();

        assertEquals(OperatorNumber.Status.ACTIVE, number.getStatus());
        assertEquals(Optional.empty(), number.getFeeUnpaidSince());
        assertEquals(Optional.empty(), number.getSuspendedAt());
    }
}
