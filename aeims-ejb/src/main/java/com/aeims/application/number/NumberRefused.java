package com.aeims.application.number;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** A number request the rules or the provider do not allow now; nothing was bought or charged. */
@ApplicationException(rollback = true)
public class NumberRefused extends Refusal {

    public NumberRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
