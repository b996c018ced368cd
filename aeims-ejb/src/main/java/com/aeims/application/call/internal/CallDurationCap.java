package com.aeims.application.call.internal;

import com.aeims.application.call.Telephony;
import com.aeims.application.call.TelephonyUnavailable;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Gives the PBX a bridged call's time limit (AbsoluteTimeout) once the bridge is committed, on a managed thread: a
 * round trip to Asterisk never holds the call's row lock or the transaction that applied the bridge. The dialplan's
 * own limit and the call watchdog stand behind it when the PBX cannot be told.
 */
@ApplicationScoped
public class CallDurationCap {

    private static final Logger LOG = Logger.getLogger(CallDurationCap.class.getName());

    /** A call just bridged, the channel to limit and the seconds it may still talk. */
    public record Due(String callRef, String customerChannel, int seconds) {
    }

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Telephony telephony;

    void bridged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due cap) {
        try {
            executor.execute(() -> limit(cap));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.warning(() -> "Call " + cap.callRef() + " not capped at the PBX: the server is stopping");
        }
    }

    private void limit(Due cap) {
        try {
            telephony.limitDuration(cap.customerChannel(), cap.seconds());
        } catch (TelephonyUnavailable failed) {
            // the call may already be over; otherwise the watchdog hangs it up at its cap
            LOG.warning(() -> "Could not set the PBX timeout of call " + cap.callRef() + ": " + failed.getMessage());
        }
    }
}
