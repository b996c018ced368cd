package com.aeims.domain.model.pricing;

import java.time.Instant;
import java.util.List;

public interface FreeMinuteRepository {

    /** The customer's grants usable with this operator, locked until the transaction ends. */
    List<FreeMinuteGrant> lockUsable(long customerId, long operatorId, Instant now);

    List<FreeMinuteGrant> usable(long customerId, long operatorId, Instant now);

    void consume(List<FreeMinutes.Allocation> allocations, long postingId);

    /** Grants minutes once per idempotency key; returns the grant id (the first one's on a retry). */
    long grant(long customerId, Long operatorId, int minutes, Instant expiresAt, Long grantedBy, String reason,
               String idempotencyKey);
}
