package com.aeims.domain.model.ledger;

/** What a posting was for; customers see these on their statement. */
public enum PostingKind {
    ADD_FUNDS("Funds added"),
    PROMOTIONAL_CREDIT("Credit from us"),
    HOLD("Funds reserved"),
    HOLD_RELEASE("Reserved funds released"),
    CALL("Call"),
    CALLBACK("Scheduled call"),
    MESSAGE("Message"),
    ROOM("Chat room"),
    TIP("Tip"),
    ADJUSTMENT("Adjustment"),
    REFUND("Refund"),
    PAYOUT("Payout"),
    CHARGEBACK("Chargeback"),
    PAYOUT_RETURN("Payout returned"),
    NUMBER_FEE("Phone number fee");

    private final String label;

    PostingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
