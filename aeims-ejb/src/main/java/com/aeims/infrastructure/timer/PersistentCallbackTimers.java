package com.aeims.infrastructure.timer;

import com.aeims.application.callback.CallbackTimers;
import com.aeims.application.callback.ScheduledCallbacks;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callbacks' reminders and starts as persistent single-action EJB timers: kept in the server's timer store, they fire
 * after a restart (at once, when their time passed while the server was down) and, with a shared database store, on
 * one node of a cluster. A timer only says "look now": the request's row decides, so a timer for a request since
 * closed, moved or already called does nothing.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
@Lock(LockType.READ)
public class PersistentCallbackTimers implements CallbackTimers {

    private static final Logger LOG = Logger.getLogger(PersistentCallbackTimers.class.getName());

    /** What a timer is for; kept in the timer store, so it stays a plain serializable record. */
    record Due(String requestRef, boolean reminder) implements Serializable {
    }

    @Resource
    private TimerService timerService;

    @Inject
    private ScheduledCallbacks callbacks;

    @Override
    public void schedule(String requestRef, Instant remindAt, Instant startAt) {
        Instant now = Instant.now();
        timerService.createSingleActionTimer(Date.from(remindAt.isAfter(now) ? remindAt : now),
                new TimerConfig(new Due(requestRef, true), true));
        timerService.createSingleActionTimer(Date.from(startAt.isAfter(now) ? startAt : now),
                new TimerConfig(new Due(requestRef, false), true));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        Due due = (Due) timer.getInfo();
        try {
            if (due.reminder()) {
                callbacks.remindIfDue(due.requestRef());
            } else {
                callbacks.placeIfDue(due.requestRef());
            }
        } catch (RuntimeException e) {
            // the sweep finds the request again while it is due
            LOG.log(Level.WARNING, "Timer of call request " + due.requestRef() + " failed; the sweep retries", e);
        }
    }
}
