package com.aeims.application.callback.internal;

import com.aeims.application.callback.ScheduledCallbacks;
import com.aeims.application.operator.OperatorFreed;
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
 * Calls the first customer waiting in an operator's line the moment the operator is free: their call ended or they
 * came online. A walk-in caller who reaches the operator first is served first; the line is called when that call
 * ends, and the sweep calls it if this moment is missed.
 */
@ApplicationScoped
public class LineCaller {

    private static final Logger LOG = Logger.getLogger(LineCaller.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ScheduledCallbacks callbacks;

    void freed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OperatorFreed freed) {
        // the committed transaction is still on this thread: the call is placed in its own
        try {
            executor.execute(() -> callNext(freed.operatorId()));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.info(() -> "Line of operator " + freed.operatorId() + " left to the sweep: the server is stopping");
        }
    }

    private void callNext(long operatorId) {
        try {
            callbacks.callNextInLine(operatorId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not call the next in line of operator " + operatorId, e);
        }
    }
}
