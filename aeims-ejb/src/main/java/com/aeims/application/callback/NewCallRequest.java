package com.aeims.application.callback;

import com.aeims.application.call.CallPrice;
import java.time.Instant;

/**
 * What a customer asks for: a call of {@code durationMinutes} from the operator at {@code startsAt}, or as soon as the
 * operator is free when it is null, at the price they saw; {@code timeZone} is where they read times.
 */
public record NewCallRequest(long operatorId, Instant startsAt, int durationMinutes, String timeZone, CallPrice seen,
                             String idempotencyKey) {
}
