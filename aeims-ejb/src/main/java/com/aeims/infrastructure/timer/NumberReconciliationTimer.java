package com.aeims.infrastructure.timer;

import com.aeims.application.number.NumberReconciliation;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles operators' numbers with the provider every five minutes on every node (each step locks its number, so
 * nodes do not get in each other's way): no number stays paid for at the provider and lost to AEIMS.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class NumberReconciliationTimer {

    private static final Logger LOG = Logger.getLogger(NumberReconciliationTimer.class.getName());

    @Inject
    private NumberReconciliation reconciliation;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "number reconciliation")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reconcile() {
        try {
            NumberReconciliation.Outcome outcome = reconciliation.reconcile();
            if (!outcome.equals(new NumberReconciliation.Outcome(0, 0, 0, 0))) {
                LOG.info("Number reconciliation: " + outcome);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Number reconciliation failed; it runs again in five minutes", e);
        }
    }
}
