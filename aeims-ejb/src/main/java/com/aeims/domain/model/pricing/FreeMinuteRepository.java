package com.aeims.domain.model.pricing;

import java.time.Instant;
import java.util.List;

public interface FreeMinuteRepository {

    List<FreeMinuteGrant> usable(long customerId, long operatorId, Instant now);

    /** Grants minutes once per idempotency key; returns the grant id (the first one's on a retry). */
    long grant(long customerId, Long operatorId, int minutes, Instant expiresAt, Long grantedBy, String reason,
               String idempotencyKey);
}
