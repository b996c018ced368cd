package com.aeims.application.money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What admins do to money by hand; every action carries a reason and lands in the audit trail. */
public interface MoneyAdministration {

    long grantCredit(long adminId, long customerId, long amountCents, String reason, String idempotencyKey);

    /** Corrects a balance by hand (a chargeback, a mistake): positive adds, negative takes away. */
    long adjust(long adminId, long customerId, long signedAmountCents, String reason, String idempotencyKey);

    long grantFreeMinutes(long adminId, long customerId, Long operatorId, int minutes, Instant expiresAt,
                          String reason, String idempotencyKey);

    /** Reverses a posting: what left a customer goes back to their available balance. */
    long refund(long adminId, long postingId, String reason, String idempotencyKey);

    /** Pays out an operator's earnings past the reserve period, if they have reached the payout minimum. */
    long payOut(long adminId, long operatorId, String externalReference, String idempotencyKey);

    record RevenueDay(LocalDate day, long charges, long totalCents, long operatorCents, long platformCents) {
    }

    /** The longest range one revenue report covers. */
    int MAX_REVENUE_DAYS = 366;

    /** Charges per day in the range (at most {@link #MAX_REVENUE_DAYS} days). */
    List<RevenueDay> revenue(LocalDate from, LocalDate toInclusive);
}
