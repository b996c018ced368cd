package com.aeims.domain.model.ledger;

import java.time.Instant;
import java.util.Optional;

/** Customers' own spending limits, and what counts against them. Joins the caller's transaction. */
public interface SpendingLimitRepository {

    Optional<SpendingLimit> find(long customerId);

    /** The customer's limits, locked until the transaction ends, so two spendings cannot both take the last cent. */
    Optional<SpendingLimit> lock(long customerId);

    void save(long customerId, SpendingLimit limit);

    /** What the customer was charged since the instant, plus what their calls in progress hold. */
    long spentSince(long customerId, Instant since);
}
