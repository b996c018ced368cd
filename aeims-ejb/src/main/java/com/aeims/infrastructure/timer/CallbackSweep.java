package com.aeims.infrastructure.timer;

import com.aeims.application.callback.ScheduledCallbacks;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches what the callbacks' own timers and events did not do: reminders and calls due now (a timer lost with a node,
 * a call that waited for a busy operator or the phone system), the next in the line of an operator who is free, and
 * requests that lapsed, whose holds go back before the
 * holds' own expiry would take them. Every node may run it: each step locks its request in a transaction of its own,
 * and one already done is left alone.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class CallbackSweep {

    private static final Logger LOG = Logger.getLogger(CallbackSweep.class.getName());
    private static final int BATCH = 200;

    @Inject
    private ScheduledCallbacks callbacks;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "callback sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        Instant now = Instant.now();
        each("remind", callbacks.toRemind(now, BATCH), callbacks::remindIfDue);
        each("place the call of", callbacks.due(now, BATCH), callbacks::placeIfDue);
        for (Long operatorId : callbacks.freeOperatorsWithLine(now, BATCH)) {
            try {
                callbacks.callNextInLine(operatorId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not call the next in line of operator " + operatorId + "; will retry", e);
            }
        }
        List<String> lapsed = callbacks.lapsed(now, BATCH);
        each("close lapsed", lapsed, ref -> callbacks.expireIfLapsed(ref, now));
    }

    private static void each(String what, List<String> requestRefs, Consumer<String> step) {
        for (String ref : requestRefs) {
            try {
                step.accept(ref);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not " + what + " call request " + ref + "; will retry", e);
            }
        }
    }
}
