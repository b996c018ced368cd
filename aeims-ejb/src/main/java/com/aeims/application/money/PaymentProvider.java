package com.aeims.application.money;

/**
 * Takes card payments through a payment service. Card details never reach AEIMS: the customer's browser hands
 * them to the provider, which gives back a single-use token.
 */
public interface PaymentProvider {

    record Result(boolean approved, String providerReference, String declineReason) {
    }

    String name();

    /** Whether it takes payments on this server (a test service takes none outside demo mode). */
    boolean available();

    /** Charges the token once per idempotency key; a retry with the same key returns the first result. */
    Result charge(String paymentToken, long amountCents, String idempotencyKey, String description);
}
