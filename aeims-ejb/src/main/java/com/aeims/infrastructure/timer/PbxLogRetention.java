package com.aeims.infrastructure.timer;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Clears the PBX's channel event log (asterisk_cel, written by Asterisk) of rows older than
 * {@code aeims.calls.pbx-log-retention-days} (90): a call is settled from it minutes after an outage at most, and
 * the rows are kept that long for ops to look into a call. Any node may run it; deleting twice deletes nothing more.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class PbxLogRetention {

    private static final Logger LOG = Logger.getLogger(PbxLogRetention.class.getName());

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Schedule(hour = "4", minute = "17", persistent = false, info = "PBX log retention")
    void clearOldRows() {
        int days = Math.max(1, Integer.getInteger("aeims.calls.pbx-log-retention-days", 90));
        int deleted = em.createNativeQuery("DELETE FROM asterisk_cel WHERE recorded_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Cleared " + deleted + " rows older than " + days + " days from the PBX's channel event log");
        }
    }
}
