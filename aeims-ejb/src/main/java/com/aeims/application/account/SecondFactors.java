package com.aeims.application.account;

import java.util.List;

/**
 * Two-step login with an authenticator app (RFC 6238): admins must use one (they set it up at their first login),
 * operators may. Recovery codes stand in for the app when it is lost, each once.
 */
public interface SecondFactors {

    /** Whether the account's logins need a code, and how many recovery codes it has left. */
    Status status(long accountId);

    /**
     * Starts a set-up: a new secret for the app. Nothing changes for logins until {@link #confirm} takes a code from it.
     *
     * @throws AccountRefused the account already uses one (409 {@code SECOND_FACTOR_ON})
     */
    SecondFactorSetup begin(long accountId);

    /**
     * Takes the first code from the app: logins need codes from now on.
     *
     * @return the recovery codes, shown this once
     * @throws com.aeims.application.ValidationFailure a wrong code, or no set-up begun (field {@code code})
     */
    List<String> confirm(long accountId, String code);

    /**
     * Turns two-step login off for an operator, with a current code or a recovery code; admins cannot.
     *
     * @throws com.aeims.application.ValidationFailure a wrong code (field {@code code})
     * @throws AccountRefused an admin's (403 {@code SECOND_FACTOR_REQUIRED_FOR_ADMINS}) or none on
     */
    void turnOff(long accountId, String code, String clientAddress);

    record Status(boolean on, int recoveryCodesLeft) {
    }
}
