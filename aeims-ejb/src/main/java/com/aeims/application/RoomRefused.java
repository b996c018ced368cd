package com.aeims.application;

import jakarta.ejb.ApplicationException;

/** A room action that cannot happen (closed, full, wrong PIN, throttled...), with the API's code and HTTP status. */
@ApplicationException(rollback = false)
public class RoomRefused extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public RoomRefused(String code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
