package com.aeims.application.money;

import com.aeims.domain.model.payment.ReversalKind;
import java.util.UUID;

/** What a payment service reported, read from its notification and already checked to come from it. */
public sealed interface PaymentNotice {

    /** The service's name for the event, as it sent it. */
    String eventType();

    String transactionId();

    /** The service took the money for our checkout. */
    record SaleSucceeded(String eventType, String transactionId, UUID checkoutId, long amountCents, String currency)
            implements PaymentNotice {
    }

    /** The sale for our checkout did not go through, and why. */
    record SaleFailed(String eventType, String transactionId, UUID checkoutId, String reason)
            implements PaymentNotice {
    }

    /** The service gave (part of) a sale's money back to the card. */
    record Reversal(String eventType, String transactionId, ReversalKind kind, long amountCents, String currency,
                    String reason) implements PaymentNotice {
    }

    /** An event that moves no money here (a cancellation, an update of the customer's details). */
    record Other(String eventType, String transactionId) implements PaymentNotice {
    }
}
