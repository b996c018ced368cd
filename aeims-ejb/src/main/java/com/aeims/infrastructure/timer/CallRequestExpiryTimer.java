package com.aeims.infrastructure.timer;

import com.aeims.application.callback.CallRequests;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes call requests that lapsed (undecided by their time, accepted but never called, or waiting in line too long)
 * and gives their holds back, before the holds' own expiry would. Every node may run it: each request is closed under
 * its row lock in a transaction of its own, and one already closed is left alone.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class CallRequestExpiryTimer {

    private static final Logger LOG = Logger.getLogger(CallRequestExpiryTimer.class.getName());
    private static final int BATCH = 200;

    @Inject
    private CallRequests requests;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "call request expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeLapsedRequests() {
        Instant now = Instant.now();
        List<String> lapsed = requests.lapsed(now, BATCH);
        int closed = 0;
        for (String ref : lapsed) {
            try {
                closed += requests.expireIfLapsed(ref, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close lapsed call request " + ref + "; will retry", e);
            }
        }
        int count = closed;
        if (count > 0) {
            LOG.info(() -> "Closed " + count + " lapsed call requests");
        }
    }
}
