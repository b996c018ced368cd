package com.aeims.infrastructure.timer;

import com.aeims.application.number.FeeRuns;
import com.aeims.application.number.MonthlyFees;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Numbers' monthly fees, reminders, suspensions and releases, every fifteen minutes. Persistent, so a run missed
 * while the server was down happens when it is back; every node may run it (each number is locked and each period
 * charged under its own key).
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class NumberFeeTimer {

    private static final Logger LOG = Logger.getLogger(NumberFeeTimer.class.getName());

    @Inject
    private FeeRuns runs;

    @Schedule(hour = "*", minute = "*/15", persistent = true, info = "number fees")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void charge() {
        try {
            Map<MonthlyFees.Step, Integer> steps = runs.run(Instant.now());
            if (!steps.isEmpty()) {
                LOG.info("Number fees: " + steps);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The number fee run failed; it runs again in fifteen minutes", e);
        }
    }
}
