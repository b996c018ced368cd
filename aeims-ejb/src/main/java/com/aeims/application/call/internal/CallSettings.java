package com.aeims.application.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Call limits ops can tune with system properties on the server (listed in the README's configuration table). */
@ApplicationScoped
public class CallSettings {

    /** The longest call the platform holds funds for, in minutes. */
    public int maxCallMinutes() {
        return Integer.getInteger("aeims.calls.max-minutes", 240);
    }

    /** How long to wait for a missing dial outcome before settling a call that ended. */
    public Duration settleGrace() {
        return Duration.ofMillis(Long.getLong("aeims.calls.settle-grace-millis", 3000));
    }

    /** How long past its cap a call may run before the platform hangs it up itself. */
    public Duration overrunGrace() {
        return Duration.ofSeconds(Long.getLong("aeims.calls.overrun-grace-seconds", 10));
    }

    /** The most calls one customer may start in 24 hours: a cap on what a stolen login can ring. */
    public int dailyCallLimit() {
        return Math.max(1, Integer.getInteger("aeims.calls.daily-limit", 30));
    }

    /** A call the PBX never said anything about is given up after this long. */
    public Duration silentCallTimeout() {
        return Duration.ofSeconds(Long.getLong("aeims.calls.silent-timeout-seconds", 120));
    }
}
