package com.aeims.application.call;

/**
 * A call was settled, fired inside the settling transaction: whoever owns what the call was for (a booked callback)
 * closes it in the same commit. {@code endReason} is the call's, e.g. {@code OPERATOR_NOANSWER} or
 * {@code CUSTOMER_BUSY} when a party did not answer; {@code chargedCents} what the settlement posting took;
 * {@code lastTry} when the call was placed as a booking's last try (a missed one costs the connect fee).
 */
public record CallSettled(String callRef, boolean connected, String endReason, long chargedCents,
                          long postingId, boolean lastTry) {
}
