package com.aeims.application.account;

import com.aeims.domain.model.account.Role;
import java.time.Duration;

/**
 * What a login try came to; {@code accountId} and {@code role} are set only on success, {@code retryAfter} only when
 * it was throttled.
 */
public record LoginOutcome(Status status, Long accountId, String email, Role role, Duration retryAfter) {

    public enum Status { AUTHENTICATED, INVALID, THROTTLED }

    public static LoginOutcome authenticated(long accountId, String email, Role role) {
        return new LoginOutcome(Status.AUTHENTICATED, accountId, email, role, null);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, null, null);
    }

    public static LoginOutcome throttled(Duration retryAfter) {
        return new LoginOutcome(Status.THROTTLED, null, null, null, retryAfter);
    }

    public boolean succeeded() {
        return status == Status.AUTHENTICATED;
    }
}
