package com.aeims.application.call.internal;

import com.aeims.application.Refusal;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallSummary;
import com.aeims.application.money.CustomerFrozen;
import com.aeims.domain.model.account.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Hangs up a frozen customer's calls once the freeze has committed: a call already talking stops spending its hold,
 * and settles as any other call does when the PBX reports the hang-up.
 */
@ApplicationScoped
public class FrozenCustomerCalls {

    private static final Logger LOG = Logger.getLogger(FrozenCustomerCalls.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private CallService calls;

    void frozen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerFrozen frozen) {
        // the committed transaction is still on this thread: the hang-ups run on their own
        try {
            executor.execute(() -> hangUp(frozen));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.warning(() -> "Calls of frozen customer " + frozen.customerId() + " not hung up: the server is stopping");
        }
    }

    private void hangUp(CustomerFrozen frozen) {
        CallService.Viewer customer = new CallService.Viewer(frozen.customerId(), Role.CUSTOMER);
        for (CallSummary call : calls.active(customer)) {
            try {
                calls.hangup(call.callRef(), customer);
            } catch (Refusal notNow) {
                // still being placed, or the PBX out of reach: the call's own cap and the watchdog still end it
                LOG.warning(() -> "Could not hang up call " + call.callRef() + " of frozen customer "
                        + frozen.customerId() + ": " + notNow.getMessage());
            }
        }
    }
}
