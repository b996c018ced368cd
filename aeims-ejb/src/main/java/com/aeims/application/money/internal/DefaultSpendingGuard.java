package com.aeims.application.money.internal;

import com.aeims.application.Push;
import com.aeims.application.money.CustomerFrozen;
import com.aeims.application.money.SpendingGuard;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.SpendingLimit;
import com.aeims.domain.model.ledger.SpendingLimitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Frozen customers spend nothing, and customers who set limits spend within them. Read from the database on every
 * check, not from a cache, so a freeze or a lowered cap stops spending on every node at once.
 */
@ApplicationScoped
public class DefaultSpendingGuard implements SpendingGuard {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private Push push;

    @Inject
    private SpendingLimitRepository limits;

    @Override
    public void requireMaySpend(long customerId, long amountCents) {
        if (frozenReason(customerId).isPresent()) {
            throw new LedgerException(LedgerException.Reason.ACCOUNT_FROZEN, "Your account is frozen after a"
                    + " chargeback on one of your payments, so it cannot spend. Contact support to lift it.");
        }
        Optional<SpendingLimit> limit = limits.lock(customerId);
        Instant now = Instant.now();
        if (limit.isEmpty() || !limit.get().limitsAnything(now)) {
            return;
        }
        if (limit.get().coolingOff(now)) {
            throw new LedgerException(LedgerException.Reason.SPENDING_LIMIT, "You paused your spending until "
                    + limit.get().coolOffUntil().truncatedTo(ChronoUnit.MINUTES) + " (UTC).");
        }
        long allowance = allowance(customerId, limit.get(), now);
        if (amountCents > allowance) {
            throw new LedgerException(LedgerException.Reason.SPENDING_LIMIT, String.format("This would take you past"
                    + " the spending limit you set: $%d.%02d left for now. A higher limit applies 24 hours after you"
                    + " set it.", allowance / 100, allowance % 100));
        }
    }

    @Override
    public long allowanceCents(long customerId) {
        if (frozenReason(customerId).isPresent()) {
            return 0;
        }
        Instant now = Instant.now();
        return limits.find(customerId).map(limit -> allowance(customerId, limit, now)).orElse(Long.MAX_VALUE);
    }

    private long allowance(long customerId, SpendingLimit limit, Instant now) {
        if (!limit.limitsAnything(now)) {
            return Long.MAX_VALUE;
        }
        return limit.allowanceCents(limits.spentSince(customerId, now.minus(SpendingLimit.DAY)),
                limits.spentSince(customerId, now.minus(SpendingLimit.MONTH)), now);
    }

    @Override
    public Optional<String> frozenReason(long customerId) {
        List<?> reasons = em.createNativeQuery("SELECT frozen_reason FROM customer WHERE account_id = ?1"
                + " AND frozen_at IS NOT NULL").setParameter(1, customerId).getResultList();
        return reasons.stream().map(String.class::cast).findFirst();
    }

    /** Freezes the customer (once: a second chargeback keeps the first reason); the caller's transaction commits it. */
    void freeze(long customerId, String reason) {
        int frozen = em.createNativeQuery("UPDATE customer SET frozen_at = now(), frozen_reason = ?1"
                        + " WHERE account_id = ?2 AND frozen_at IS NULL")
                .setParameter(1, reason.length() <= 200 ? reason : reason.substring(0, 200))
                .setParameter(2, customerId).executeUpdate();
        if (frozen == 1) {
            String email = (String) em.createNativeQuery("SELECT email FROM account WHERE id = ?1")
                    .setParameter(1, customerId).getSingleResult();
            push.send(new CustomerFrozen(customerId, email));
        }
    }

    /** @return whether the customer was frozen */
    boolean unfreeze(long customerId) {
        return em.createNativeQuery("UPDATE customer SET frozen_at = NULL, frozen_reason = NULL"
                + " WHERE account_id = ?1 AND frozen_at IS NOT NULL").setParameter(1, customerId).executeUpdate() == 1;
    }
}
