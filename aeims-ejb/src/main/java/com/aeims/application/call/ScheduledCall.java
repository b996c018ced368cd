package com.aeims.application.call;

/**
 * A call booked ahead and paid by a hold placed then: the terms frozen at booking and the longest it was paid for.
 * {@code callRef} names it from the start, so the booking records which call is its own before the PBX dials;
 * {@code connectFeeIfCustomerMisses} when a customer who does not answer this try pays the connect fee.
 */
public record ScheduledCall(String callRef, long customerId, long operatorId, Long siteId, long holdId,
                            long heldCents, int ratePerMinuteCents, int connectFeeCents, int operatorSharePercent,
                            int durationMinutes, boolean connectFeeIfCustomerMisses) {
}
