package com.aeims.domain.model.ledger;

/** The kinds of ledger account. Owned kinds belong to one customer or operator; the rest are the platform's. */
public enum AccountKind {
    CUSTOMER_AVAILABLE(true),
    CUSTOMER_HELD(true),
    OPERATOR_EARNINGS(true),
    PLATFORM_REVENUE(false),
    EXTERNAL_FUNDING(false),
    PROMOTIONAL_CREDIT(false),
    EXTERNAL_PAYOUTS(false),
    /** Credit a payment service took back after the customer had spent it. */
    PAYMENT_LOSS(false);

    private final boolean owned;

    AccountKind(boolean owned) {
        this.owned = owned;
    }

    public boolean owned() {
        return owned;
    }

    /** Owned accounts hold real people's money and may never go below zero. */
    public boolean mayGoNegative() {
        return !owned;
    }
}
