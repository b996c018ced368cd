package com.aeims.infrastructure.timer;

import com.aeims.application.money.BillingService;
import com.aeims.domain.model.ledger.HoldRepository;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Returns stale holds to their customers. Every node may run it: each hold is released under its row lock in a
 * transaction of its own, and a hold already closed is left alone.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class HoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(HoldExpiryTimer.class.getName());
    private static final int BATCH = 200;

    @Inject
    private HoldRepository holds;

    @Inject
    private BillingService billing;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "hold expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseExpiredHolds() {
        List<Long> expired = holds.expiredPending(OffsetDateTime.now(ZoneOffset.UTC), BATCH);
        for (Long holdId : expired) {
            try {
                billing.expireHold(holdId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not release expired hold " + holdId + "; will retry", e);
            }
        }
        if (!expired.isEmpty()) {
            LOG.info(() -> "Released " + expired.size() + " expired holds");
        }
    }
}
