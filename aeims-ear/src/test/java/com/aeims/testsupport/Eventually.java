package com.aeims.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; for effects of timers and other threads. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(Duration limit, String what, BooleanSupplier condition) {
        if (!awaitQuietly(limit, condition)) {
            throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what);
        }
    }

    /** Whether the condition came to hold within the limit. */
    public static boolean awaitQuietly(Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return true;
    }
}
