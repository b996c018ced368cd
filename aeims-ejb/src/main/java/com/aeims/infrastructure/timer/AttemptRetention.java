package com.aeims.infrastructure.timer;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Keeps the records of tries from growing without end: login tries older than
 * {@code aeims.security.login-attempt-retention-days} (30), throttle counters no try has touched for a day (their
 * failures have long leaked away, see LoginThrottle) and wrong room PINs older than a day (the longest window
 * that counts them is an hour). Hourly, on any node; deleting twice deletes nothing more.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class AttemptRetention {

    private static final Logger LOG = Logger.getLogger(AttemptRetention.class.getName());

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "attempt retention")
    public void clearOldTries() {
        int days = Math.max(1, Integer.getInteger("aeims.security.login-attempt-retention-days", 30));
        int logins = em.createNativeQuery("DELETE FROM login_attempt WHERE attempted_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
        int counters = em.createNativeQuery("DELETE FROM login_throttle WHERE next_allowed_at < now() - interval '1 day'")
                .executeUpdate();
        int pins = em.createNativeQuery("DELETE FROM room_pin_failure WHERE failed_at < now() - interval '1 day'")
                .executeUpdate();
        if (logins + counters + pins > 0) {
            LOG.info(() -> "Cleared " + logins + " login tries, " + counters + " idle throttle counters and " + pins
                    + " wrong room PINs");
        }
    }
}
