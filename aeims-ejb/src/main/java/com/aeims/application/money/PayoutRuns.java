package com.aeims.application.money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Paying operators in runs: once a period a run proposes every operator whose payable earnings (past the reserve)
 * reach the minimum; an admin approves it, which pays each operator once and makes the run's mass-payment file for
 * the payout processor; a payout the processor sends back returns to the operator's earnings.
 */
public interface PayoutRuns {

    enum RunStatus { DRAFT, APPROVED }

    enum ItemStatus { PROPOSED, PAID, SKIPPED, RETURNED }

    record Run(long id, LocalDate periodStart, RunStatus status, OffsetDateTime createdAt, int operators,
               long proposedCents, long paidCents) {
    }

    record Item(long id, long operatorId, String operatorName, long proposedCents, long paidCents,
                String payoutEmail, ItemStatus status, String note, String reference) {
    }

    /** The period's run, opened now if it has none: the same run however often this is called for one period. */
    Run open(LocalDate day);

    List<Run> recent(int limit);

    /** @throws com.aeims.application.UnknownEntityException when there is no such run */
    List<Item> items(long runId);

    /**
     * Pays every proposed operator what is payable now (at most what was proposed), skipping those without a payout
     * email or below the minimum now; approving an approved run changes nothing.
     */
    Run approve(long adminId, long runId);

    /** The approved run's payments in the mass-payment layout: email, amount, currency, reference, note. */
    String massPaymentCsv(long runId);

    /** The processor sent a payout back (a closed account, a wrong email): the money returns to the earnings. */
    void payoutReturned(long adminId, long itemId, String reason);

    /** Sets where the operator is paid (their payout processor account's email). */
    void setPayoutEmail(long operatorId, String email);

    String payoutEmail(long operatorId);
}
