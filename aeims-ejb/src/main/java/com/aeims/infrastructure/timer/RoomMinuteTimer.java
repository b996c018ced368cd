package com.aeims.infrastructure.timer;

import com.aeims.application.room.RoomBilling;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the rooms' minute meter every five seconds, so a minute is paid at most five seconds after it starts. Every
 * node of a cluster may run it: each visit is charged under its row lock with the minute's own idempotency key.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class RoomMinuteTimer {

    private static final Logger LOG = Logger.getLogger(RoomMinuteTimer.class.getName());
    private static final int BATCH = 500;

    @Inject
    private RoomBilling billing;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "room minutes")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void chargeStartedMinutes() {
        try {
            billing.endSilentVisits();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end silent room visits; will retry", e);
        }
        Set<Long> earningRooms = new HashSet<>();
        Set<Long> tried = new HashSet<>();
        List<Long> due = billing.visitsDue(BATCH);
        while (!due.isEmpty()) {
            boolean progress = false;
            for (Long visitId : due) {
                if (!tried.add(visitId)) {
                    continue;
                }
                progress = true;
                try {
                    OptionalLong room = billing.chargeNextMinute(visitId);
                    room.ifPresent(earningRooms::add);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not charge room visit " + visitId + "; will retry", e);
                }
            }
            if (!progress) {
                break;
            }
            due = billing.visitsDue(BATCH);
        }
        if (!earningRooms.isEmpty()) {
            billing.announceEarnings(earningRooms);
        }
    }
}
