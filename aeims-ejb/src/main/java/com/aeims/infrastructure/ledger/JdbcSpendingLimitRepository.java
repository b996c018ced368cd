package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.SpendingLimit;
import com.aeims.domain.model.ledger.SpendingLimit.Cap;
import com.aeims.domain.model.ledger.SpendingLimitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class JdbcSpendingLimitRepository implements SpendingLimitRepository {

    private static final String SELECT = "SELECT daily_cents, daily_pending_cents, daily_pending_from, monthly_cents,"
            + " monthly_pending_cents, monthly_pending_from, cool_off_until FROM spending_limit WHERE customer_id = ?";

    @Inject
    private Jdbc jdbc;

    @Override
    public Optional<SpendingLimit> find(long customerId) {
        return jdbc.queryOne(SELECT, JdbcSpendingLimitRepository::limit, customerId);
    }

    @Override
    public Optional<SpendingLimit> lock(long customerId) {
        return jdbc.queryOne(SELECT + " FOR UPDATE", JdbcSpendingLimitRepository::limit, customerId);
    }

    @Override
    public void save(long customerId, SpendingLimit limit) {
        Cap daily = limit.daily();
        Cap monthly = limit.monthly();
        jdbc.update("INSERT INTO spending_limit (customer_id, daily_cents, daily_pending_cents, daily_pending_from,"
                        + " monthly_cents, monthly_pending_cents, monthly_pending_from, cool_off_until)"
                        + " VALUES (?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ), CAST(? AS BIGINT),"
                        + " CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ))"
                        + " ON CONFLICT (customer_id) DO UPDATE SET daily_cents = EXCLUDED.daily_cents,"
                        + " daily_pending_cents = EXCLUDED.daily_pending_cents,"
                        + " daily_pending_from = EXCLUDED.daily_pending_from, monthly_cents = EXCLUDED.monthly_cents,"
                        + " monthly_pending_cents = EXCLUDED.monthly_pending_cents,"
                        + " monthly_pending_from = EXCLUDED.monthly_pending_from,"
                        + " cool_off_until = EXCLUDED.cool_off_until, updated_at = now()",
                customerId, daily.cents(), daily.pendingCents(), time(daily.pendingFrom()), monthly.cents(),
                monthly.pendingCents(), time(monthly.pendingFrom()), time(limit.coolOffUntil()));
    }

    @Override
    public long spentSince(long customerId, Instant since) {
        return jdbc.queryOne("SELECT coalesce((SELECT sum(total_cents) FROM charge WHERE customer_id = ?"
                        + " AND created_at >= ?), 0) + coalesce((SELECT sum(amount_cents) FROM ledger_hold"
                        + " WHERE customer_id = ? AND status = 'PENDING'), 0)", row -> row.getLong(1),
                customerId, since.atOffset(ZoneOffset.UTC), customerId).orElse(0L);
    }

    private static SpendingLimit limit(ResultSet row) throws SQLException {
        return new SpendingLimit(new Cap(cents(row, 1), cents(row, 2), instant(row, 3)),
                new Cap(cents(row, 4), cents(row, 5), instant(row, 6)), instant(row, 7));
    }

    private static Long cents(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Object time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
