package com.aeims.domain.model.account;

import java.time.Duration;

/**
 * Growing delays between failed logins (and between sign-ups from one address) instead of a lock. Failures fill a leaky bucket: each key may fail its free
 * failures within a quarter of an hour (one leaks away every {@link #leak()}), and past them waits one second after a
 * failure, then two, four and so on up to its cap. Tries during a wait are refused without checking the password and
 * without adding to the wait, so a guesser cannot make it grow; a steady trickle of typos from a shared address never
 * fills the bucket.
 */
public enum LoginThrottle {

    /** One account from anywhere: a guesser with many addresses is slowed, yet the owner waits a minute at most. */
    ACCOUNT(10, Duration.ofMinutes(1), Duration.ofMinutes(15)),
    /** One client address across accounts: password spraying from one place slows to a crawl. */
    ADDRESS(20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
    /**
     * Sign-ups from one client address, each counted whether it succeeds or not: throwaway accounts (to share out
     * the guessing of a room PIN) and probing which emails have accounts slow to a few an hour.
     */
    REGISTRATION(5, Duration.ofHours(1), Duration.ofHours(1));

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final int freeFailures;
    private final Duration maxDelay;
    private final Duration window;

    LoginThrottle(int freeFailures, Duration maxDelay, Duration window) {
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.window = window;
    }

    public int freeFailures() {
        return freeFailures;
    }

    /** How long the free failures take to leak away entirely. */
    public Duration window() {
        return window;
    }

    /** How often one counted failure is forgotten. */
    public Duration leak() {
        return window.dividedBy(freeFailures);
    }

    /** How long the key waits after a failure that brought its count to {@code failures}. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The counter's key: the normalized email for {@link #ACCOUNT}, else the client's address. */
    public String key(String value) {
        return name().toLowerCase() + ":" + value;
    }

    public static String message(Duration wait) {
        return "Too many failed logins. Try again in " + inWords(wait) + ".";
    }

    /** A wait as people say it: seconds up to two minutes, then whole minutes, rounded up. */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds == 1 ? "1 second" : seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
