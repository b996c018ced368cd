package com.aeims.application;

/** The PBX could not be reached or refused the request. */
public class TelephonyUnavailable extends RuntimeException {

    public TelephonyUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
