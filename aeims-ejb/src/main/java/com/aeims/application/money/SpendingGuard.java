package com.aeims.application.money;

import java.util.Optional;

/**
 * Whether a customer may spend now: not while frozen after a chargeback, nor past the limits they set themselves.
 * Every new spending (a call's hold, a message, a room's fee or minute) asks;
 * settling what was already held never does.
 */
public interface SpendingGuard {

    /**
     * Checks the customer may spend this much now, holding their limits locked until the transaction ends.
     *
     * @throws com.aeims.domain.model.ledger.LedgerException ACCOUNT_FROZEN or SPENDING_LIMIT, saying why
     */
    void requireMaySpend(long customerId, long amountCents);

    /** What the customer may still spend now under their own limits ({@link Long#MAX_VALUE}: no limit). */
    long allowanceCents(long customerId);

    /** Why the customer's account is frozen, when it is. */
    Optional<String> frozenReason(long customerId);
}
