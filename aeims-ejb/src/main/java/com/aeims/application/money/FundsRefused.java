package com.aeims.application.money;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** Credit that cannot be bought now (no payment service on this server); nothing is charged or credited. */
@ApplicationException(rollback = true)
public class FundsRefused extends Refusal {

    public FundsRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }
}
