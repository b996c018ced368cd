package com.aeims.application;

/**
 * Something a user asked for that the rules do not allow: why (for the interfaces to answer with the right status)
 * and the API's error code (for clients to tell refusals of the same kind apart).
 */
public abstract class Refusal extends RuntimeException {

    /** Why the request was refused, whatever the use case. */
    public enum Reason {
        /** The user may not do this (banned, wrong PIN, not a party to it). */
        NOT_PERMITTED,
        /** Not in the state the thing is in now (closed, full, busy, still starting). */
        NOT_POSSIBLE_NOW,
        /** The user has no such thing (a visit never made). */
        NOT_FOUND,
        /** The balance does not cover it. */
        FUNDS_NEEDED,
        /** Too many attempts of late; it may be tried again later. */
        TOO_MANY_ATTEMPTS,
        /** Something the platform relies on (the phone system) does not answer. */
        SERVICE_UNAVAILABLE
    }

    private final Reason reason;
    private final String code;

    protected Refusal(Reason reason, String code, String message) {
        super(message);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }
}
