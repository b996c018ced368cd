package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.ChargeRecord;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.SettlementRecords;
import com.aeims.domain.model.pricing.FreeMinuteGrant;
import com.aeims.domain.model.pricing.FreeMinutes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcSettlementRecords implements SettlementRecords {

    private static final String RECORD = """
            WITH allocation AS (
                SELECT * FROM unnest(?::bigint[], ?::int[]) AS a (grant_id, minutes)
            ), used AS (
                UPDATE free_minute_grant g SET minutes_remaining = g.minutes_remaining - a.minutes
                FROM allocation a WHERE g.id = a.grant_id RETURNING g.id, a.minutes
            ), uses AS (
                INSERT INTO free_minute_use (grant_id, posting_id, minutes) SELECT id, ?, minutes FROM used RETURNING 1
            ), charged AS (
                INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes,
                                    total_cents, operator_cents, platform_cents, reference)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ? RETURNING 1
            ), closed AS (
                UPDATE ledger_hold SET status = 'POSTED', closed_posting_id = ?, captured_cents = ?, closed_at = now()
                WHERE id = ? AND status = 'PENDING' RETURNING 1
            )
            SELECT (SELECT count(*) FROM uses), (SELECT count(*) FROM charged), (SELECT count(*) FROM closed)
            """;

    private static final String LOCK = """
            SELECT h.id, h.customer_id, h.amount_cents, h.status, h.purpose, h.reference, h.placed_posting_id,
                   h.closed_posting_id, h.captured_cents, h.expires_at,
                   g.id, g.operator_id, g.minutes_remaining, g.expires_at, g.granted_at
            FROM (SELECT * FROM ledger_hold WHERE id = ? FOR UPDATE) h
            LEFT JOIN LATERAL (
                SELECT id, operator_id, minutes_remaining, expires_at, granted_at FROM free_minute_grant
                WHERE customer_id = h.customer_id AND (operator_id IS NULL OR operator_id = ?)
                  AND minutes_remaining > 0 AND expires_at > ?
                ORDER BY expires_at, granted_at, id FOR UPDATE
            ) g ON true
            """;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @Override
    public Optional<LockedCall> lockCall(long holdId, long operatorId, Instant now) {
        try (Connection db = dataSource.getConnection(); PreparedStatement lock = db.prepareStatement(LOCK)) {
            lock.setLong(1, holdId);
            lock.setLong(2, operatorId);
            lock.setObject(3, now.atOffset(ZoneOffset.UTC));
            Hold hold = null;
            List<FreeMinuteGrant> grants = new ArrayList<>();
            try (ResultSet row = lock.executeQuery()) {
                while (row.next()) {
                    if (hold == null) {
                        hold = new Hold(row.getLong(1), row.getLong(2), row.getLong(3),
                                Hold.Status.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                                row.getLong(7), row.getObject(8, Long.class), row.getObject(9, Long.class),
                                row.getObject(10, OffsetDateTime.class));
                    }
                    if (row.getObject(11) != null) {
                        grants.add(new FreeMinuteGrant(row.getLong(11), row.getObject(12, Long.class), row.getInt(13),
                                row.getObject(14, OffsetDateTime.class).toInstant(),
                                row.getObject(15, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return hold == null ? Optional.empty() : Optional.of(new LockedCall(hold, List.copyOf(grants)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock hold " + holdId, e);
        }
    }

    @Override
    public void recordCall(long holdId, long postingId, long capturedCents, List<FreeMinutes.Allocation> freeMinutes,
                           Optional<ChargeRecord> charge) {
        try (Connection db = dataSource.getConnection(); PreparedStatement record = db.prepareStatement(RECORD)) {
            record.setArray(1, db.createArrayOf("bigint",
                    freeMinutes.stream().map(FreeMinutes.Allocation::grantId).toArray(Long[]::new)));
            record.setArray(2, db.createArrayOf("int4",
                    freeMinutes.stream().map(FreeMinutes.Allocation::minutes).toArray(Integer[]::new)));
            record.setLong(3, postingId);
            ChargeRecord c = charge.orElse(null);
            record.setLong(4, postingId);
            record.setString(5, c == null ? "CALL" : c.kind().name());
            record.setLong(6, c == null ? 0 : c.customerId());
            record.setLong(7, c == null ? 0 : c.operatorId());
            record.setInt(8, c == null ? 0 : c.billedMinutes());
            record.setInt(9, c == null ? 0 : c.freeMinutes());
            record.setLong(10, c == null ? 0 : c.totalCents());
            record.setLong(11, c == null ? 0 : c.operatorCents());
            record.setLong(12, c == null ? 0 : c.platformCents());
            record.setString(13, c == null ? null : c.reference());
            record.setBoolean(14, c != null);
            record.setLong(15, postingId);
            record.setLong(16, capturedCents);
            record.setLong(17, holdId);
            try (ResultSet counts = record.executeQuery()) {
                counts.next();
                if (counts.getLong(1) != freeMinutes.size() || counts.getLong(3) != 1) {
                    throw new IllegalStateException("hold " + holdId + " was not pending, or a free-minute grant"
                            + " vanished, while it was locked");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the settlement of hold " + holdId, e);
        }
    }
}
