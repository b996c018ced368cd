package com.aeims.application.call;

import java.time.Instant;

/** Removes call recordings kept past the retention period (ops' setting), run by a daily timer. */
public interface RecordingRetention {

    /** How long recordings are kept after their call: {@code aeims.recordings.retention-days}, default 90. */
    static int retentionDays() {
        return Math.max(1, Integer.getInteger("aeims.recordings.retention-days", 90));
    }

    /** Removes the recordings of calls that ended before the instant; how many it removed. */
    int purgeEndedBefore(Instant instant);
}
