package com.aeims.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The failed logins of one {@link LoginThrottle} key (a leaky bucket: {@code failures} as of {@code countedAt}) and
 * when it may try again.
 */
@Entity
@Table(name = "login_throttle")
public class ThrottleCounter {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "counted_at", nullable = false)
    private OffsetDateTime countedAt;

    @Column(name = "next_allowed_at", nullable = false)
    private OffsetDateTime nextAllowedAt;

    protected ThrottleCounter() {
    }

    /** A key with no failures yet. */
    public ThrottleCounter(String key) {
        this.key = key;
        this.countedAt = Instant.EPOCH.atOffset(ZoneOffset.UTC);
        this.nextAllowedAt = countedAt;
    }

    /** How long until a try may be checked; zero when it may be now. */
    public Duration waitAt(Instant now) {
        Duration wait = Duration.between(now, nextAllowedAt.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /**
     * Counts a try as failed before its password is checked, so parallel tries cannot all slip through the free
     * ones; {@link #failed} or {@link #succeeded} settles it once the password has been checked.
     */
    public void reserve(LoginThrottle policy, Instant now) {
        leak(policy, now);
        failures++;
        nextAllowedAt = later(nextAllowedAt, now.plus(policy.delayAfter(failures)));
    }

    /** The reserved try failed: the wait runs from now, when the guesser learns the answer. */
    public void failed(LoginThrottle policy, Instant now) {
        nextAllowedAt = later(nextAllowedAt, now.plus(policy.delayAfter(failures)));
    }

    /**
     * The reserved try succeeded: an account's own failures are forgiven, an address only gets its one try back (a
     * sprayer who knows one password must not clear the address by logging in with it).
     */
    public void succeeded(LoginThrottle policy, Instant now) {
        failures = policy == LoginThrottle.ACCOUNT ? 0 : Math.max(0, failures - 1);
        if (policy.delayAfter(failures).isZero()) {
            nextAllowedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    private void leak(LoginThrottle policy, Instant now) {
        long leaked = Duration.between(countedAt.toInstant(), now).dividedBy(policy.leak());
        if (leaked <= 0) {
            return;
        }
        if (leaked >= failures) {
            failures = 0;
            countedAt = now.atOffset(ZoneOffset.UTC);
        } else {
            failures -= (int) leaked;
            countedAt = countedAt.plus(policy.leak().multipliedBy(leaked));
        }
    }

    private static OffsetDateTime later(OffsetDateTime current, Instant candidate) {
        OffsetDateTime next = candidate.atOffset(ZoneOffset.UTC);
        return next.isAfter(current) ? next : current;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
