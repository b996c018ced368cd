package com.aeims.application.callback.internal;

import com.aeims.application.money.BillingService;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.HoldRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A request's hold as its closing finds it: pending, or already settled with a missed try's call while the request
 * waits to ring the customer again (then there is nothing left to give back).
 */
@ApplicationScoped
public class RequestHolds {

    @Inject
    private HoldRepository holds;

    @Inject
    private BillingService billing;

    /** Whether the request's hold still holds its money, locked until the transaction ends. */
    boolean pending(CallRequest request) {
        return holds.lock(request.getHoldId()).filter(Hold::isPending).isPresent();
    }

    /** Gives back what the request's hold still holds. */
    void giveBack(CallRequest request) {
        if (pending(request)) {
            billing.releaseHold(request.getHoldId());
        }
    }
}
