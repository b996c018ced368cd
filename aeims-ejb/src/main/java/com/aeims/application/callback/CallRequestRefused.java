package com.aeims.application.callback;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** A request or a change of one the rules do not allow now; nothing was held, charged or changed. */
@ApplicationException(rollback = true)
public class CallRequestRefused extends Refusal {

    public CallRequestRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
