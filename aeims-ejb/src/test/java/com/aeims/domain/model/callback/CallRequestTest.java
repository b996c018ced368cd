package com.aeims.domain.model.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallRequestTest {

    private static final Instant NOW = Instant.parse("2027-03-14T12:00:00Z");
    private static final Instant AT = NOW.plus(Duration.ofHours(3));
    private static final Duration HOUR = Duration.ofHours(1);
    private static final CallRequest.Terms TERMS = new CallRequest.Terms(15, 399, 99, 80, 0);

    private static CallRequest at(Instant when) {
        return new CallRequest("cb_1", "7:k", 7, 9, null, when, "America/New_York", TERMS, 1, 6084, NOW);
    }

    @Test
    void cancellingIsFreeWhilePendingAndUntilTheWindowBeforeAnAcceptedCall() {
        CallRequest request = at(AT);
        assertEquals(CallRequest.Cancellation.FREE, request.cancellation(AT.minusSeconds(60), HOUR), "pending");

        request.accept(NOW);

        assertEquals(CallRequest.Cancellation.FREE, request.cancellation(AT.minus(HOUR).minusSeconds(1), HOUR));
        assertEquals(CallRequest.Cancellation.LATE, request.cancellation(AT.minus(HOUR), HOUR));
    }

    @Test
    void aLateCancellationIsClosedWithItsFeeAndOnlyOnce() {
        CallRequest request = at(AT);
        request.accept(NOW);

        request.cancel(AT.minusSeconds(600), HOUR, 42L, 99);

        assertEquals(CallRequest.Status.CANCELLED, request.getStatus());
        assertEquals(Optional.of(CallRequest.CloseReason.LATE_CANCEL), request.getCloseReason());
        assertEquals(99, request.getFeeCents());
        assertThrows(IllegalStateException.class, () -> request.cancel(AT, HOUR, null, 0));
        assertThrows(IllegalStateException.class, () -> request.decline(AT));
    }

    @Test
    void aProposedTimeWaitsForTheCustomerAndBecomesTheTimeWhenTaken() {
        CallRequest request = at(AT);
        Instant later = AT.plus(Duration.ofHours(2));

        request.propose(later, NOW);

        assertTrue(request.awaitsCustomer());
        assertThrows(IllegalStateException.class, () -> request.accept(NOW), "the customer's turn");
        assertEquals(later, request.lapsesAt(Duration.ofMinutes(10), HOUR), "undecided by the proposed time");
        request.acceptProposal(NOW);
        assertEquals(Optional.of(later), request.getScheduledAt());
        assertEquals(Optional.empty(), request.getProposedAt());
        assertFalse(request.awaitsCustomer());
        assertEquals(later.plus(Duration.ofMinutes(10)), request.lapsesAt(Duration.ofMinutes(10), HOUR));
    }

    @Test
    void theOperatorDeclinesAPendingRequestButCancelsAnAcceptedOne() {
        CallRequest pending = at(AT);
        CallRequest accepted = at(AT);
        accepted.accept(NOW);

        pending.decline(NOW);
        accepted.decline(NOW);

        assertEquals(Optional.of(CallRequest.CloseReason.DECLINED), pending.getCloseReason());
        assertEquals(Optional.of(CallRequest.CloseReason.OPERATOR_CANCELLED), accepted.getCloseReason());
    }

    @Test
    void aLineRequestHasNoTimeCannotBeAcceptedOrMovedAndLapsesAfterTheLongestWait() {
        CallRequest waiting = at(null);

        assertEquals(CallRequest.Kind.WHEN_FREE, waiting.getKind());
        assertThrows(IllegalStateException.class, () -> waiting.accept(NOW));
        assertThrows(IllegalStateException.class, () -> waiting.propose(AT, NOW));
        assertEquals(NOW.plus(Duration.ofHours(4)), waiting.lapsesAt(Duration.ofMinutes(10), Duration.ofHours(4)));
        waiting.expire(NOW.plus(Duration.ofHours(4)));
        assertEquals(Optional.of(CallRequest.CloseReason.WAITED_TOO_LONG), waiting.getCloseReason());
    }

    @Test
    void aCustomerWhoMissesTheFirstTryIsRungAgainLaterAndTheSecondMissIsANoShow() {
        CallRequest request = at(AT);
        request.accept(NOW);
        request.callPlaced("call_cb1", AT);
        Duration minute = Duration.ofMinutes(1);

        CallRequest.Outcome first = request.callEnded(false, "CUSTOMER_NOANSWER", AT.plusSeconds(30), 2, minute);

        assertEquals(CallRequest.Outcome.TRY_AGAIN, first);
        assertTrue(request.isOpen());
        assertFalse(request.isDue(AT.plusSeconds(60), Duration.ofMinutes(10)), "not before the minute is up");
        assertTrue(request.isDue(AT.plusSeconds(90), Duration.ofMinutes(10)));
        assertTrue(request.lastTry(2));
        request.callPlaced("call_cb2", AT.plusSeconds(90));
        assertEquals(CallRequest.Outcome.CLOSED, request.callEnded(false, "CUSTOMER_BUSY", AT.plusSeconds(100), 2,
                minute));
        assertEquals(Optional.of(CallRequest.CloseReason.CUSTOMER_NO_SHOW), request.getCloseReason());
    }

    @Test
    void anOperatorWhoNeverAnswersOrStaysBusyPastTheGraceIsANoShowAndAFailedPbxIsNobodysFault() {
        CallRequest unanswered = at(AT);
        CallRequest busy = at(AT);
        CallRequest failed = at(AT);
        for (CallRequest request : new CallRequest[] {unanswered, busy, failed}) {
            request.accept(NOW);
        }
        unanswered.callPlaced("call_cb1", AT);
        failed.callPlaced("call_cb2", AT);
        busy.waitFor("OPERATOR_BUSY");

        unanswered.callEnded(false, "OPERATOR_NOANSWER", AT.plusSeconds(40), 2, HOUR);
        failed.callEnded(false, "CUSTOMER_PBX_UNAVAILABLE", AT.plusSeconds(1), 2, HOUR);
        busy.expire(AT.plus(Duration.ofMinutes(10)));

        assertEquals(Optional.of(CallRequest.CloseReason.OPERATOR_NO_SHOW), unanswered.getCloseReason());
        assertEquals(Optional.of(CallRequest.CloseReason.OPERATOR_NO_SHOW), busy.getCloseReason());
        assertEquals(CallRequest.Status.NO_SHOW, busy.getStatus());
        assertEquals(Optional.of(CallRequest.CloseReason.NOT_CALLED), failed.getCloseReason());
    }

    @Test
    void cancellingIsFreeAgainOnceTheTimePassedWithoutACall() {
        CallRequest request = at(AT);
        request.accept(NOW);
        request.waitFor("OPERATOR_BUSY");

        assertEquals(CallRequest.Cancellation.LATE, request.cancellation(AT.minusSeconds(1), HOUR));
        assertEquals(CallRequest.Cancellation.FREE, request.cancellation(AT.plusSeconds(60), HOUR), "the operator is late");
    }

    @Test
    void aCallLostToTheNetworkIsNobodysNoShowAndARetryKeepsItsOwnGrace() {
        CallRequest congested = at(AT);
        CallRequest retried = at(AT);
        for (CallRequest request : new CallRequest[] {congested, retried}) {
            request.accept(NOW);
            request.callPlaced("call_cb" + request.hashCode(), AT);
        }
        Duration grace = Duration.ofMinutes(10);

        congested.callEnded(false, "CUSTOMER_CONGESTION", AT.plusSeconds(5), 2, HOUR);
        retried.callEnded(false, "CUSTOMER_NOANSWER", AT.plus(Duration.ofMinutes(9)), 2, Duration.ofMinutes(1));

        assertEquals(Optional.of(CallRequest.CloseReason.NOT_CALLED), congested.getCloseReason());
        assertTrue(retried.isDue(AT.plus(Duration.ofMinutes(12)), grace), "the retry's own grace, past the first");
        retried.expire(AT.plus(Duration.ofMinutes(21)));
        assertEquals(Optional.of(CallRequest.CloseReason.CUSTOMER_NO_SHOW), retried.getCloseReason());
    }

    @Test
    void aLineRequestWhoseCustomerMissedGoesBackToItsPlaceAndTakesANewHold() {
        CallRequest waiting = at(null);
        waiting.calledFromLine("call_cb1", NOW);

        waiting.callEnded(false, "CUSTOMER_BUSY", NOW.plusSeconds(20), 2, Duration.ofSeconds(5));
        waiting.replaceHold(2);

        assertEquals(CallRequest.Status.PENDING, waiting.getStatus());
        assertEquals(2, waiting.getHoldId());
        assertFalse(waiting.readyInLine(NOW.plusSeconds(22)));
        assertTrue(waiting.readyInLine(NOW.plusSeconds(26)));
    }

    @Test
    void anExpiredRequestSaysWhetherItWasUndecidedOrNeverCalled() {
        CallRequest undecided = at(AT);
        CallRequest accepted = at(AT);
        accepted.accept(NOW);

        undecided.expire(AT);
        accepted.expire(AT.plus(Duration.ofMinutes(10)));

        assertEquals(Optional.of(CallRequest.CloseReason.UNDECIDED), undecided.getCloseReason());
        assertEquals(Optional.of(CallRequest.CloseReason.NOT_CALLED), accepted.getCloseReason());
        assertEquals(CallRequest.Status.EXPIRED, accepted.getStatus());
    }
}
