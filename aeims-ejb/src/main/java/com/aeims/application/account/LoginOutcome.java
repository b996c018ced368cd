package com.aeims.application.account;

import com.aeims.domain.model.account.Role;

/** What a login attempt came to; {@code accountId} and {@code role} are set only on success. */
public record LoginOutcome(Status status, Long accountId, String email, Role role) {

    public enum Status { AUTHENTICATED, INVALID, THROTTLED }

    public static LoginOutcome authenticated(long accountId, String email, Role role) {
        return new LoginOutcome(Status.AUTHENTICATED, accountId, email, role);
    }

    public static LoginOutcome of(Status status) {
        return new LoginOutcome(status, null, null, null);
    }

    public boolean succeeded() {
        return status == Status.AUTHENTICATED;
    }
}
