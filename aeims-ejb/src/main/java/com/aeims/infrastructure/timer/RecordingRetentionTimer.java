package com.aeims.infrastructure.timer;

import com.aeims.application.call.RecordingRetention;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Removes call recordings older than {@code aeims.recordings.retention-days} (90) every night, a batch at a time.
 * Any node may run it: each call is marked under its row lock, and removing a file twice removes nothing more.
 */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class RecordingRetentionTimer {

    private static final Logger LOG = Logger.getLogger(RecordingRetentionTimer.class.getName());

    @Inject
    private RecordingRetention retention;

    @Schedule(hour = "4", minute = "29", persistent = false, info = "recording retention")
    void removeOldRecordings() {
        int days = RecordingRetention.retentionDays();
        int removed = retention.purgeEndedBefore(Instant.now().minus(Duration.ofDays(days)));
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " call recordings older than " + days + " days");
        }
    }
}
