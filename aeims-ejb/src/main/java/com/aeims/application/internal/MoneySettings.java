package com.aeims.application.internal;

import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.LedgerException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The platform's money rules from {@code money_setting}, read fresh so an admin's change applies at once. */
@ApplicationScoped
public class MoneySettings {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    public long value(String name) {
        Object value = em.createNativeQuery("SELECT value FROM money_setting WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        return ((Number) value).longValue();
    }

    public int callIncrementMinutes() {
        return (int) value("call_increment_minutes");
    }

    public long maxPostingCents() {
        return value("max_posting_cents");
    }

    public long payoutMinimumCents() {
        return value("payout_minimum_cents");
    }

    public void requireWithinPostingLimit(long cents) {
        long max = maxPostingCents();
        if (cents > max) {
            throw new LedgerException(Reason.INVALID_AMOUNT,
                    String.format("Amounts above $%d.%02d need to be split up", max / 100, max % 100));
        }
    }
}
