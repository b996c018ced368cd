package com.aeims.domain.model.ledger;

import jakarta.ejb.ApplicationException;

/** A money rule refused the request; the transaction rolls back, so nothing of it is written. */
@ApplicationException(rollback = true)
public class LedgerException extends RuntimeException {

    public enum Reason {
        INSUFFICIENT_FUNDS, IDEMPOTENCY_CONFLICT, INVALID_AMOUNT, INVALID_KEY, UNKNOWN_ACCOUNT, UNKNOWN_POSTING,
        UNKNOWN_HOLD, HOLD_CLOSED, ALREADY_REVERSED, NOT_REVERSIBLE, BELOW_PAYOUT_MINIMUM, ACCOUNT_FROZEN,
        SPENDING_LIMIT
    }

    private final Reason reason;

    public LedgerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
