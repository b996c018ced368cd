package com.aeims.application.call;

/** The PBX could not be reached or refused the request. */
public class TelephonyUnavailable extends RuntimeException {

    public TelephonyUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
