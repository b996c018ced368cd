package com.aeims.domain.model.account;

/** Login throttle counters and the record of tries; every method joins the caller's transaction. */
public interface LoginThrottleRepository {

    /**
     * The counter for this key, made if it is new, locked until the transaction ends: the lock makes reserving a try
     * atomic, so parallel tries each see the ones before them.
     */
    ThrottleCounter lock(String key);

    void record(LoginAttempt attempt);
}
