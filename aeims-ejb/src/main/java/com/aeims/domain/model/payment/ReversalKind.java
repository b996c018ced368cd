package com.aeims.domain.model.payment;

/** How a payment service takes back a sale, and what the payment is called once all of it is taken back. */
public enum ReversalKind {
    REFUND(PaymentStatus.REFUNDED),
    VOID(PaymentStatus.VOIDED),
    CHARGEBACK(PaymentStatus.CHARGED_BACK);

    private final PaymentStatus whenWhole;

    ReversalKind(PaymentStatus whenWhole) {
        this.whenWhole = whenWhole;
    }

    public PaymentStatus whenWhole() {
        return whenWhole;
    }
}
