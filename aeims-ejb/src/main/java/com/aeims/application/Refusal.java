package com.aeims.application;

/** Something a user asked for that the rules do not allow, with the API's error code and HTTP status. */
public abstract class Refusal extends RuntimeException {

    private final String code;
    private final int httpStatus;

    protected Refusal(String code, int httpStatus, String message) {
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
