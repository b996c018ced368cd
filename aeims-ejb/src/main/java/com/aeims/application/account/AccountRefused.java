package com.aeims.application.account;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** An account action that cannot happen now (too many sign-ups from one address); nothing of it is written. */
@ApplicationException(rollback = true)
public class AccountRefused extends Refusal {

    public AccountRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
