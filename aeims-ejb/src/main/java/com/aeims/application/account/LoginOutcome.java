package com.aeims.application.account;

import com.aeims.domain.model.account.Role;
import java.time.Duration;
import java.util.List;

/**
 * What a login try came to; {@code accountId} and {@code role} are set only on success, {@code retryAfter} only when
 * it was throttled, {@code setup} only when an admin must first add the platform to an authenticator app, and
 * {@code newRecoveryCodes} only on the login that finished that set-up (shown once).
 */
public record LoginOutcome(Status status, Long accountId, String email, Role role, Duration retryAfter,
                           SecondFactorSetup setup, List<String> newRecoveryCodes) {

    public enum Status {
        AUTHENTICATED,
        INVALID,
        THROTTLED,
        /** The password was right; the account's authenticator code (or a recovery code) is missing or wrong. */
        CODE_REQUIRED,
        /** The password was right; an admin must set up an authenticator app and log in with its code. */
        SETUP_REQUIRED
    }

    public static LoginOutcome authenticated(long accountId, String email, Role role, List<String> newRecoveryCodes) {
        return new LoginOutcome(Status.AUTHENTICATED, accountId, email, role, null, null, newRecoveryCodes);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, null, null, null, List.of());
    }

    public static LoginOutcome throttled(Duration retryAfter) {
        return new LoginOutcome(Status.THROTTLED, null, null, null, retryAfter, null, List.of());
    }

    public static LoginOutcome codeRequired() {
        return new LoginOutcome(Status.CODE_REQUIRED, null, null, null, null, null, List.of());
    }

    public static LoginOutcome setupRequired(SecondFactorSetup setup) {
        return new LoginOutcome(Status.SETUP_REQUIRED, null, null, null, null, setup, List.of());
    }

    public boolean succeeded() {
        return status == Status.AUTHENTICATED;
    }
}
