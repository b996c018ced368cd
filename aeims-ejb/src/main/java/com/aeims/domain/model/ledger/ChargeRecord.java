package com.aeims.domain.model.ledger;

/** What a customer's charge was for, beside its posting: minutes, free minutes and the split. */
public record ChargeRecord(long postingId, PostingKind kind, long customerId, long operatorId, int billedMinutes,
                           int freeMinutes, long totalCents, long operatorCents, long platformCents,
                           String reference) {
}
