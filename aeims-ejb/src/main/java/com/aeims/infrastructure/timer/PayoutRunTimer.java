package com.aeims.infrastructure.timer;

import com.aeims.application.money.PayoutRuns;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Opens the period's payout run every night. Persistent, so a night the server was down is caught up when it
 * starts; the run's period is unique in the database, so a second firing, a catch-up or another node opening the
 * same period finds the run already there. (Clustered nodes share persistent timers only with the timer service's
 * database store, see the README; the unique period keeps the run single either way.)
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class PayoutRunTimer {

    private static final Logger LOG = Logger.getLogger(PayoutRunTimer.class.getName());

    @Inject
    private PayoutRuns runs;

    @Schedule(hour = "3", minute = "30", persistent = true, info = "payout run")
    void openTodaysRun() {
        PayoutRuns.Run run = runs.open(LocalDate.now(ZoneOffset.UTC));
        LOG.info(() -> "Payout run " + run.id() + " of " + run.periodStart() + ": " + run.operators()
                + " operator(s), " + run.status());
    }
}
