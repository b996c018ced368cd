package com.aeims.application.callback;

import java.time.Instant;
import java.util.Optional;

/**
 * One request as its parties see it. {@code status} and {@code closeReason} are lower-case names; times are instants,
 * to be shown in {@code customerTimeZone} to the customer and in {@code operatorTimeZone} to the operator.
 * {@code freeCancelUntil} is when cancelling starts to cost the connect fee; {@code aheadInLine} how many wait before a
 * "when free" request; {@code callRef} the call placed for it, once placed.
 */
public record CallRequestView(String requestRef, String kind, String status, Optional<String> closeReason,
                              long customerId, String customerName, long operatorId, String operatorName,
                              Optional<Instant> scheduledAt, Optional<Instant> proposedAt, String customerTimeZone,
                              String operatorTimeZone, int durationMinutes, long ratePerMinuteCents,
                              long connectFeeCents, int freeMinutes, long heldCents, long feeCents,
                              Optional<Instant> freeCancelUntil, Optional<Integer> aheadInLine, boolean awaitsCustomer,
                              Optional<String> callRef, Instant createdAt, Optional<Instant> decidedAt,
                              Optional<Instant> closedAt) {
}
