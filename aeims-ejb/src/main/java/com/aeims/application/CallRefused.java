package com.aeims.application;

import jakarta.ejb.ApplicationException;

/** A call that cannot start; nothing was held or written. */
@ApplicationException(rollback = true)
public class CallRefused extends Refusal {

    public CallRefused(String code, int httpStatus, String message) {
        super(code, httpStatus, message);
    }
}
