package com.aeims.application.account.internal;

import com.aeims.domain.model.account.LoginAttempt;
import com.aeims.domain.model.account.LoginAttempt.Outcome;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.domain.model.account.LoginThrottleRepository;
import com.aeims.domain.model.account.ThrottleCounter;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Lets a login try through to the password check, or makes it wait. Each step is its own short transaction, so the
 * counters' row locks are never held while a password is hashed. Counters are always locked account first, then
 * address, so two tries never wait for each other in a circle.
 */
@Stateless
@LocalBean
public class LoginGate {

    @Inject
    private LoginThrottleRepository throttles;

    /**
     * Reserves a try for this account and address, or says how long they must wait (the refused try is recorded,
     * and counts toward nothing).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration admit(String email, String address) {
        ThrottleCounter account = throttles.lock(LoginThrottle.ACCOUNT.key(email));
        ThrottleCounter client = throttles.lock(LoginThrottle.ADDRESS.key(address));
        // read after the locks: a try that waited for them is judged as of when it got them
        Instant now = Instant.now();
        Duration wait = longer(account.waitAt(now), client.waitAt(now));
        if (!wait.isZero()) {
            throttles.record(new LoginAttempt(email, address, now.atOffset(ZoneOffset.UTC), Outcome.THROTTLED));
            return wait;
        }
        account.reserve(LoginThrottle.ACCOUNT, now);
        client.reserve(LoginThrottle.ADDRESS, now);
        return Duration.ZERO;
    }

    /**
     * Counts a sign-up from this address, or says how long the address must wait; every sign-up counts, whether it
     * then succeeds or not.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration admitRegistration(String address) {
        ThrottleCounter client = throttles.lock(LoginThrottle.REGISTRATION.key(address));
        Instant now = Instant.now();
        Duration wait = client.waitAt(now);
        if (wait.isZero()) {
            client.reserve(LoginThrottle.REGISTRATION, now);
            client.failed(LoginThrottle.REGISTRATION, now);
        }
        return wait;
    }

    /** Records how an admitted try ended: a failure starts its wait now, a success takes its reservation back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(String email, String address, boolean succeeded) {
        ThrottleCounter account = throttles.lock(LoginThrottle.ACCOUNT.key(email));
        ThrottleCounter client = throttles.lock(LoginThrottle.ADDRESS.key(address));
        Instant now = Instant.now();
        if (succeeded) {
            account.succeeded(LoginThrottle.ACCOUNT, now);
            client.succeeded(LoginThrottle.ADDRESS, now);
        } else {
            account.failed(LoginThrottle.ACCOUNT, now);
            client.failed(LoginThrottle.ADDRESS, now);
        }
        throttles.record(new LoginAttempt(email, address, now.atOffset(ZoneOffset.UTC),
                succeeded ? Outcome.AUTHENTICATED : Outcome.INVALID));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
