package com.aeims.application.call;

/** The price of a call as the customer was shown it, sent with the call so it is the price they pay. */
public record CallPrice(long ratePerMinuteCents, long connectFeeCents) {
}
