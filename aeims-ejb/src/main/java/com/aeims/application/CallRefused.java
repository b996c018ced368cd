package com.aeims.application;

import jakarta.ejb.ApplicationException;

/** A call that cannot start, with the API's error code and HTTP status; nothing was held or written. */
@ApplicationException(rollback = true)
public class CallRefused extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public CallRefused(String code, int httpStatus, String message) {
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
