package com.aeims.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Why this request's login was refused, when it was throttled: the identity store can only answer valid or invalid,
 * and the login page and the API want to say how long to wait.
 */
@RequestScoped
public class LoginRefusal {

    private Duration retryAfter;

    void throttled(Duration wait) {
        this.retryAfter = wait;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A wait in whole seconds, rounded up, as a Retry-After header gives it. */
    public static String seconds(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
