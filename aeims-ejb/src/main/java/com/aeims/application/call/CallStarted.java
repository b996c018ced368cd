package com.aeims.application.call;

/** What the customer learns when a call starts (seed shape of /api/calls/initiate). */
public record CallStarted(String callRef, long operatorId, String operatorName, long ratePerMinuteCents,
                          long connectFeeCents, int freeMinutes, int maxMinutes, long heldCents) {
}
