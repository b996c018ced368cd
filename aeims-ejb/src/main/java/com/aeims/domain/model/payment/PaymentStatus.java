package com.aeims.domain.model.payment;

/** Where a credit-pack purchase stands: only a succeeded one has credited the balance. */
public enum PaymentStatus {
    /** Sent to the payment service's form; nothing credited until the service confirms the sale. */
    PENDING("Waiting for the payment service"),
    SUCCEEDED("Credited"),
    /** Refused at once by the card or the payment service. */
    DECLINED("Declined"),
    /** The payment service reported that the sale did not go through. */
    FAILED("Not completed"),
    REFUNDED("Refunded"),
    VOIDED("Voided"),
    CHARGED_BACK("Charged back");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A sale may still be confirmed: a customer declined once can try again on the same form. */
    public boolean awaitsSale() {
        return this == PENDING || this == DECLINED || this == FAILED;
    }
}
