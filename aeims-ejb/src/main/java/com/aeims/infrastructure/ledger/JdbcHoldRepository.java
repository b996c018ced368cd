package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.HoldRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcHoldRepository implements HoldRepository {

    private static final String COLUMNS = "id, customer_id, amount_cents, status, purpose, reference,"
            + " placed_posting_id, closed_posting_id, captured_cents, expires_at";

    @Inject
    private Jdbc jdbc;

    @Override
    public Hold insert(long customerId, long amountCents, String purpose, String reference, long placedPostingId,
                       OffsetDateTime expiresAt) {
        return jdbc.queryOne("INSERT INTO ledger_hold (customer_id, amount_cents, status, purpose, reference,"
                        + " placed_posting_id, expires_at) VALUES (?, ?, 'PENDING', ?, ?, ?, ?) RETURNING " + COLUMNS,
                JdbcHoldRepository::hold, customerId, amountCents, purpose, reference, placedPostingId, expiresAt)
                .orElseThrow();
    }

    @Override
    public Optional<Hold> lock(long holdId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM ledger_hold WHERE id = ? FOR UPDATE",
                JdbcHoldRepository::hold, holdId);
    }

    @Override
    public Optional<Hold> findByPlacedPosting(long postingId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM ledger_hold WHERE placed_posting_id = ?",
                JdbcHoldRepository::hold, postingId);
    }

    @Override
    public void close(long holdId, Hold.Status status, long closedPostingId, long capturedCents) {
        jdbc.update("UPDATE ledger_hold SET status = ?, closed_posting_id = ?, captured_cents = ?, closed_at = now()"
                + " WHERE id = ? AND status = 'PENDING'", status.name(), closedPostingId, capturedCents, holdId);
    }

    @Override
    public void keepUntil(long holdId, OffsetDateTime expiresAt) {
        jdbc.update("UPDATE ledger_hold SET expires_at = GREATEST(expires_at, ?) WHERE id = ? AND status = 'PENDING'",
                expiresAt, holdId);
    }

    @Override
    public List<Long> expiredPending(OffsetDateTime now, int limit) {
        return jdbc.query("SELECT id FROM ledger_hold WHERE status = 'PENDING' AND expires_at < ? ORDER BY expires_at"
                + " LIMIT ?", row -> row.getLong(1), now, limit);
    }

    private static Hold hold(ResultSet row) throws SQLException {
        return new Hold(row.getLong(1), row.getLong(2), row.getLong(3), Hold.Status.valueOf(row.getString(4)),
                row.getString(5), row.getString(6), row.getLong(7), row.getObject(8, Long.class),
                row.getObject(9, Long.class), row.getObject(10, OffsetDateTime.class));
    }
}
