package com.aeims.domain.model.ledger;

import jakarta.ejb.ApplicationException;

/** A money rule refused the request; the transaction rolls back, so nothing of it is written. */
@ApplicationException(rollback = true)
public class LedgerException extends RuntimeException {

    public enum Reason {
        INSUFFICIENT_FUNDS(402), IDEMPOTENCY_CONFLICT(409), INVALID_AMOUNT(400), INVALID_KEY(400),
        UNKNOWN_ACCOUNT(404), UNKNOWN_POSTING(404), UNKNOWN_HOLD(404), HOLD_CLOSED(409),
        ALREADY_REVERSED(409), NOT_REVERSIBLE(400), BELOW_PAYOUT_MINIMUM(400);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
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
