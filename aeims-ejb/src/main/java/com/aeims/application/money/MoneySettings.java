package com.aeims.application.money;

import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.LedgerException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's money rules from {@code money_setting}. Every charge reads them, so they are kept for a few
 * seconds: a change in the table applies everywhere within {@link #FRESHNESS}, on every node.
 */
@ApplicationScoped
public class MoneySettings {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private record Snapshot(Map<String, Long> values, Instant readAt) {
    }

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

    public long value(String name) {
        Snapshot current = snapshot;
        if (current.readAt().plus(FRESHNESS).isBefore(Instant.now())) {
            Map<String, Long> values = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT name, value FROM money_setting").getResultList()) {
                Object[] r = (Object[]) row;
                values.put((String) r[0], ((Number) r[1]).longValue());
            }
            current = new Snapshot(Map.copyOf(values), Instant.now());
            snapshot = current;
        }
        Long value = current.values().get(name);
        if (value == null) {
            throw new IllegalStateException("money_setting has no " + name);
        }
        return value;
    }

    public int callIncrementMinutes() {
        return (int) value("call_increment_minutes");
    }

    /** Whether customers' mail costs the operator's message price. */
    public boolean mailCharged() {
        return value("mail_charged") != 0;
    }

    public long maxPostingCents() {
        return value("max_posting_cents");
    }

    public long payoutMinimumCents() {
        return value("payout_minimum_cents");
    }

    /** Days an operator's earnings stay in reserve before they can be paid out. */
    public int payoutReserveDays() {
        return (int) value("payout_reserve_days");
    }

    /** Days between payout runs. */
    public int payoutPeriodDays() {
        return (int) value("payout_period_days");
    }

    /** Whether a chargeback is taken back from the operators who earned from the customer's spending. */
    public boolean chargebacksBorneByOperators() {
        return value("chargebacks_borne_by_operators") != 0;
    }

    public void requireWithinPostingLimit(long cents) {
        long max = maxPostingCents();
        if (cents > max) {
            throw new LedgerException(Reason.INVALID_AMOUNT,
                    String.format("Amounts above $%d.%02d need to be split up", max / 100, max % 100));
        }
    }
}
