package com.aeims.application.call.internal;

import com.aeims.application.call.RecordingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Removes a recording's file once the call's row says it is gone has committed: a rolled-back deletion keeps the
 * file its row still points to.
 */
@ApplicationScoped
public class RecordingFiles {

    /** A recording whose file is to be removed. */
    public record Removed(String name) {
    }

    @Inject
    private RecordingStore recordings;

    void remove(@Observes(during = TransactionPhase.AFTER_SUCCESS) Removed removed) {
        recordings.delete(removed.name());
    }
}
