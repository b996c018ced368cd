package com.aeims.interfaces.web.security;

import com.aeims.application.account.SecondFactorSetup;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What this request's login came to beyond valid or invalid, which is all an identity store can answer: how long a
 * throttled login must wait, that a second-step code is needed, the authenticator set-up an admin must do first, and
 * the recovery codes a finished set-up made (for the login page and the API to show once).
 */
@RequestScoped
public class LoginRefusal {

    private Duration retryAfter;
    private boolean codeRequired;
    private SecondFactorSetup setup;
    private List<String> newRecoveryCodes = List.of();

    void throttled(Duration wait) {
        this.retryAfter = wait;
    }

    void codeRequired() {
        this.codeRequired = true;
    }

    void setUpFirst(SecondFactorSetup setup) {
        this.setup = setup;
    }

    void recoveryCodes(List<String> codes) {
        this.newRecoveryCodes = List.copyOf(codes);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isCodeRequired() {
        return codeRequired;
    }

    public Optional<SecondFactorSetup> setup() {
        return Optional.ofNullable(setup);
    }

    public List<String> newRecoveryCodes() {
        return newRecoveryCodes;
    }

    /** A wait in whole seconds, rounded up, as a Retry-After header gives it. */
    public static String seconds(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
