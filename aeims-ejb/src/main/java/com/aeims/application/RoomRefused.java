package com.aeims.application;

import jakarta.ejb.ApplicationException;

/**
 * A room action that cannot happen (closed, full, wrong PIN, throttled). It does not roll back: a wrong PIN is
 * recorded for throttling before it is refused, and nothing else is written before a refusal.
 */
@ApplicationException(rollback = false)
public class RoomRefused extends Refusal {

    public RoomRefused(String code, int httpStatus, String message) {
        super(code, httpStatus, message);
    }
}
