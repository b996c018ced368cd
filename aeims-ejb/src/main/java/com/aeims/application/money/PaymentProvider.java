package com.aeims.application.money;

import java.util.UUID;

/**
 * A payment service that sells credit. Card details never reach AEIMS: the customer gives them to the service,
 * on its own hosted form or (the demo's sandbox) as a token standing for a test card. What the service later
 * reports about a sale arrives as a notification, which only the service knows how to read and trust.
 */
public interface PaymentProvider {

    /** One purchase: the checkout id travels through the service's form and comes back in its notifications. */
    record Purchase(UUID checkoutId, long amountCents, String description, String paymentToken) {
    }

    /** What starting a purchase gave. */
    sealed interface Start permits Approved, Declined, HostedForm {
    }

    /** Paid at once (the sandbox). */
    record Approved(String transactionId) implements Start {
    }

    record Declined(String reason) implements Start {
    }

    /** The customer pays on the service's page at this address; the sale is known only from a notification. */
    record HostedForm(String url) implements Start {
    }

    String name();

    /** Whether it sells credit on this server (configured, and a test service only in demo mode). */
    boolean available();

    /** Whether its sales are real money; such a service is preferred to a test one. */
    boolean takesRealMoney();

    /** Needs a payment token from the page (a test card) rather than sending the customer to its own form. */
    boolean needsPaymentToken();

    /** Runs inside the purchase's database transaction, so it computes and never calls out. */
    Start start(Purchase purchase);

    /**
     * Reads a notification the service sent, after checking that it can be trusted as its documentation says.
     *
     * @throws NotificationRefused when it cannot be trusted
     * @throws com.aeims.application.ValidationFailure when it is not a notification this service sends
     */
    PaymentNotice read(IncomingNotification notification);
}
