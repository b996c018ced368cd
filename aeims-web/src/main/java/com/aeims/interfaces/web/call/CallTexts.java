package com.aeims.interfaces.web.call;

import com.aeims.interfaces.CallWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Call texts for the pages: states and endings as {@link CallWording} words them, times and durations. */
@Named
@ApplicationScoped
public class CallTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String status(String status) {
        return CallWording.status(status);
    }

    public String reason(String reason) {
        return CallWording.endReason(reason);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
