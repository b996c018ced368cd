package com.aeims.application.number;

import java.time.Instant;
import java.util.List;

/**
 * Numbers' monthly fees from operators' earnings: a reminder before each is due, the fee charged once per period on
 * the anniversary, a grace period when the earnings do not cover it, then suspension, then the number given back
 * unless paid. Admins may waive a number's fees.
 */
public interface MonthlyFees {

    /** What one step did to a number. */
    enum Step { NOTHING, REMINDED, PAID, REACTIVATED, UNPAID, SUSPENDED, RELEASED }

    /**
     * Numbers with a reminder, fee, suspension or release due now, by id after the given one (0 for the first), at most
     * the limit: a run reads them a page at a time, so numbers left unpaid never keep others from their turn.
     */
    List<Long> due(Instant now, long afterId, int limit);

    /** Does what is due for the number now, once however often or wherever it is called for the same moment. */
    Step settle(long numberId, Instant now);

    /**
     * Pays a fee that is due from the operator's earnings now (a suspended number is in use again).
     *
     * @throws NumberRefused when nothing is due or the earnings do not cover it
     */
    NumberView payNow(long operatorId, long numberId);
}
