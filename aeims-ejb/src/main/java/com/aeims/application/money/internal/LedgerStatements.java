package com.aeims.application.money.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.MoneySettings;
import com.aeims.application.money.Statements;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.PostingKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
public class LedgerStatements implements Statements {

    /**
     * Movements of the customer's own funds (available and reserved together): transfers between those two
     * accounts are bookkeeping and cancel out; the running balance covers all history before the filter applies.
     */
    private static final String STATEMENT = """
            WITH own AS (
                SELECT id FROM ledger_account WHERE owner_id = ?1 AND kind IN ('CUSTOMER_AVAILABLE', 'CUSTOMER_HELD')
            ), moves AS (
                SELECT p.id, p.created_at, p.kind, p.description,
                       sum(CASE WHEN t.credit_account_id IN (SELECT id FROM own) THEN t.amount_cents ELSE 0 END)
                     - sum(CASE WHEN t.debit_account_id IN (SELECT id FROM own) THEN t.amount_cents ELSE 0 END) AS delta
                FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id
                WHERE t.credit_account_id IN (SELECT id FROM own) OR t.debit_account_id IN (SELECT id FROM own)
                GROUP BY p.id, p.created_at, p.kind, p.description
            ), running AS (
                SELECT *, sum(delta) OVER (ORDER BY id) AS balance FROM moves WHERE delta <> 0
            )
            SELECT id, created_at, kind, description, delta, balance FROM running
            WHERE created_at >= ?2 AND created_at < ?3 AND (?4 = '' OR kind = ?4)
            ORDER BY id DESC
            """;

    @Inject
    private Payables payables;

    @Inject
    private Ledger ledger;

    @Inject
    private MoneySettings settings;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Statement customerStatement(long customerId, LocalDate from, LocalDate toInclusive, PostingKind kind) {
        if (from != null && toInclusive != null && from.isAfter(toInclusive)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "from", "Start on or before the end date");
        }
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = toInclusive == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : toInclusive.plusDays(1);
        List<?> rows = em.createNativeQuery(STATEMENT)
                .setParameter(1, customerId)
                .setParameter(2, start.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(3, end.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(4, kind == null ? "" : kind.name())
                .setMaxResults(MAX_LINES + 1)
                .getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            lines.add(new Line(((Number) r[0]).longValue(), SqlTimes.offsetDateTime(r[1]),
                    PostingKind.valueOf((String) r[2]),
                    (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue()));
        }
        boolean more = lines.size() > MAX_LINES;
        return new Statement(more ? List.copyOf(lines.subList(0, MAX_LINES)) : lines, more);
    }

    @Override
    public Earnings earnings(long operatorId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime today = now.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime week = today.minusDays(6);
        OffsetDateTime month = today.minusDays(29);
        Object[] totals = (Object[]) em.createNativeQuery("""
                SELECT coalesce(sum(operator_cents) FILTER (WHERE created_at >= ?2), 0),
                       coalesce(sum(operator_cents) FILTER (WHERE created_at >= ?3), 0),
                       coalesce(sum(operator_cents), 0),
                       coalesce(sum(billed_minutes - free_minutes) FILTER (WHERE kind = 'CALL'), 0),
                       count(*) FILTER (WHERE kind = 'CALL'),
                       count(*) FILTER (WHERE kind = 'MESSAGE')
                FROM charge WHERE operator_id = ?1 AND created_at >= ?4
                """).setParameter(1, operatorId).setParameter(2, today).setParameter(3, week)
                .setParameter(4, month).getSingleResult();
        Number rating = (Number) em.createNativeQuery("SELECT avg(stars) FROM operator_rating WHERE operator_id = ?1")
                .setParameter(1, operatorId).getSingleResult();
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (int i = 29; i >= 0; i--) {
            byDay.put(today.toLocalDate().minusDays(i), 0L);
        }
        for (Object row : em.createNativeQuery("SELECT CAST(created_at AT TIME ZONE 'UTC' AS date), sum(operator_cents)"
                        + " FROM charge WHERE operator_id = ?1 AND created_at >= ?2 GROUP BY 1")
                .setParameter(1, operatorId).setParameter(2, month).getResultList()) {
            Object[] r = (Object[]) row;
            byDay.put(((Date) r[0]).toLocalDate(), ((Number) r[1]).longValue());
        }
        List<DayEarnings> days = byDay.entrySet().stream().map(e -> new DayEarnings(e.getKey(), e.getValue())).toList();
        long balance = ledger.balance(AccountRef.earnings(operatorId));
        return new Earnings(balance, number(totals[0]), number(totals[1]),
                number(totals[2]), number(totals[3]), number(totals[4]), number(totals[5]),
                rating == null ? null : rating.doubleValue(), settings.payoutMinimumCents(), days,
                payables.payable(operatorId, balance), settings.payoutReserveDays());
    }

    @Override
    public List<Payout> payouts(long operatorId) {
        List<Payout> payouts = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, amount_cents, external_reference, paid_at, returned_at"
                + " FROM payout WHERE operator_id = ?1 ORDER BY paid_at DESC").setParameter(1, operatorId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            payouts.add(new Payout(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    SqlTimes.offsetDateTime(r[3]), r[4] == null ? null : SqlTimes.offsetDateTime(r[4])));
        }
        return payouts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
