package com.aeims.testsupport;

import com.aeims.domain.model.account.Totp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The tests' authenticator app: keeps the secrets of the accounts that set one up and shows their codes. A code is
 * good once and the server takes codes up to one step ahead, so two logins of one account fit in a 30-second step;
 * a third waits for the next step, as a person would.
 */
public final class Authenticator {

    private static final Map<String, String> SECRETS = new HashMap<>();
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Authenticator() {
    }

    public static synchronized void remember(String email, String secret) {
        SECRETS.put(email.toLowerCase(Locale.ROOT), secret);
    }

    public static synchronized void forget(String email) {
        SECRETS.remove(email.toLowerCase(Locale.ROOT));
        LAST_STEP.remove(email.toLowerCase(Locale.ROOT));
    }

    public static synchronized boolean knows(String email) {
        return SECRETS.containsKey(email.toLowerCase(Locale.ROOT));
    }

    /** A code the server has not taken yet, waiting for the next step when both usable ones are spent. */
    public static synchronized String code(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        String secret = SECRETS.get(key);
        if (secret == null) {
            throw new IllegalStateException("no authenticator set up for " + email);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Totp.STEP_SECONDS + 5));
        while (true) {
            long now = Totp.step(Instant.now());
            long step = Math.max(now, LAST_STEP.getOrDefault(key, Long.MIN_VALUE) + 1);
            if (step <= now + Totp.DRIFT_STEPS) {
                LAST_STEP.put(key, step);
                return Totp.code(secret, step);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the clock did not move on");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }
}
