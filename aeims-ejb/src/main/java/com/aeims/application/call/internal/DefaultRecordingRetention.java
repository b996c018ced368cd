package com.aeims.application.call.internal;

import com.aeims.application.call.RecordingRetention;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultRecordingRetention implements RecordingRetention {

    private static final int BATCH = 500;

    @Inject
    private CallRepository calls;

    @Inject
    private Event<RecordingFiles.Removed> removedFiles;

    @Override
    public int purgeEndedBefore(Instant instant) {
        List<Long> expired = calls.recordingsEndedBefore(instant, BATCH);
        Instant now = Instant.now();
        for (long id : expired) {
            Call call = calls.lock(id).orElseThrow();
            call.recordingPurged(now);
            removedFiles.fire(new RecordingFiles.Removed(call.getRecordingFile()));
        }
        return expired.size();
    }
}
