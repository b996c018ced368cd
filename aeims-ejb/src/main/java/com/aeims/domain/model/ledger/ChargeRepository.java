package com.aeims.domain.model.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ChargeRepository {

    /** What one operator earned from one customer's charges. */
    record OperatorShare(long operatorId, long operatorCents) {
    }

    void record(ChargeRecord charge);

    Optional<ChargeRecord> findByPosting(long postingId);

    /** What each operator earned from the customer's charges since the instant, the earliest earner first. */
    List<OperatorShare> operatorSharesSince(long customerId, Instant since);

    /** What the operator earned from all charges since the instant. */
    long operatorCentsSince(long operatorId, Instant since);
}
