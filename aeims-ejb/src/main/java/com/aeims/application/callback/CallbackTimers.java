package com.aeims.application.callback;

import java.time.Instant;

/** The persistent timers that remind the parties of an accepted call and place it on time, surviving restarts. */
public interface CallbackTimers {

    /** Sets the request's reminder and start timers, in the caller's transaction (none if it rolls back). */
    void schedule(String requestRef, Instant remindAt, Instant startAt);
}
