package com.aeims.application.room;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A room action that cannot happen (closed, full, wrong PIN, throttled). It does not roll back: a wrong PIN is
 * recorded for throttling before it is refused, and nothing else is written before a refusal.
 */
@ApplicationException(rollback = false)
public class RoomRefused extends Refusal {

    public RoomRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
