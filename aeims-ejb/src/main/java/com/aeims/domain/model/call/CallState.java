package com.aeims.domain.model.call;

/** Where a bridged call is: the customer's phone rings first, then the operator's, then they talk. */
public enum CallState {
    REQUESTED, CUSTOMER_RINGING, CUSTOMER_ANSWERED, OPERATOR_RINGING, BRIDGED, ENDED, FAILED;

    public boolean isFinal() {
        return this == ENDED || this == FAILED;
    }
}
