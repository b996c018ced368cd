package com.aeims.domain.model.account;

import java.time.Duration;

/** Refuses logins to an account after too many failures within a window, so passwords cannot be guessed online. */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    public static boolean refuses(long recentFailures) {
        return recentFailures >= MAX_FAILURES;
    }

    public static String message() {
        return "Too many failed logins for this account. Try again in " + WINDOW.toMinutes() + " minutes.";
    }
}
