package com.aeims.application.callback;

import com.aeims.application.call.CallPrice;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a customer asks for: a call of {@code durationMinutes} from the operator at {@code startsAt}, or as soon as the
 * operator is free when it is null, at the price they saw; {@code timeZone} is where they read times.
 */
public record NewCallRequest(long operatorId, Instant startsAt, int durationMinutes, String timeZone, CallPrice seen,
                             String idempotencyKey) {

    public NewCallRequest {
        // kept to the second, as stored and as a retry of the same request sends it again
        startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
