package com.aeims.application.callback.internal;

import com.aeims.application.callback.ScheduledCallbacks;
import com.aeims.application.money.CustomerFrozen;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels a frozen customer's open call requests once the freeze has committed, giving their holds back: nobody is
 * called for a customer who may not spend.
 */
@ApplicationScoped
public class FrozenCustomerRequests {

    private static final Logger LOG = Logger.getLogger(FrozenCustomerRequests.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ScheduledCallbacks requests;

    void frozen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerFrozen frozen) {
        // the committed transaction is still on this thread: the cancellations run in their own
        try {
            executor.execute(() -> cancel(frozen.customerId()));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.warning(() -> "Requests of frozen customer " + frozen.customerId()
                    + " not cancelled now: the server is stopping; each is closed when its call would be placed");
        }
    }

    private void cancel(long customerId) {
        try {
            requests.cancelForFreeze(customerId);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not cancel the requests of frozen customer " + customerId, failed);
        }
    }
}
