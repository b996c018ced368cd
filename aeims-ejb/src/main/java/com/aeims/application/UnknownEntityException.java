package com.aeims.application;

import jakarta.ejb.ApplicationException;

/** The request names something that does not exist (or that the caller may not see). */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    private final String code;

    public UnknownEntityException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
