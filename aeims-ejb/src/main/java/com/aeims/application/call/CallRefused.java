package com.aeims.application.call;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** A call that cannot start; nothing was held or written. */
@ApplicationException(rollback = true)
public class CallRefused extends Refusal {

    public CallRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
