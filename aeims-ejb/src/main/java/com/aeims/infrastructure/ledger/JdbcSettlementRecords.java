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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcSettlementRecords implements SettlementRecords {

    /**
     * The holds, then their customers' grants: every settlement locks in this order (and grants by customer, then
     * FIFO), so settlements of the same customer in different transactions queue instead of deadlocking.
     */
    private static final String LOCK = """
            WITH h AS MATERIALIZED (
                SELECT id, customer_id, amount_cents, status, purpose, reference, placed_posting_id,
                       closed_posting_id, captured_cents, expires_at
                FROM ledger_hold WHERE id = ANY(?) ORDER BY id FOR UPDATE
            ), g AS MATERIALIZED (
                SELECT id, customer_id, operator_id, minutes_remaining, expires_at, granted_at FROM free_minute_grant
                WHERE customer_id IN (SELECT customer_id FROM h) AND minutes_remaining > 0 AND expires_at > ?
                ORDER BY customer_id, expires_at, granted_at, id FOR UPDATE
            )
            SELECT id, customer_id, amount_cents, status, purpose, reference, placed_posting_id, closed_posting_id,
                   captured_cents, expires_at, NULL::bigint, NULL::int, NULL::timestamptz, true FROM h
            UNION ALL
            SELECT id, customer_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, expires_at, operator_id,
                   minutes_remaining, granted_at, false FROM g
            """;

    private static final String RECORD = """
            WITH allocation AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::int[]) AS a (grant_id, posting_id, minutes)
            ), used AS (
                UPDATE free_minute_grant g SET minutes_remaining = g.minutes_remaining - a.minutes
                FROM (SELECT grant_id, sum(minutes) AS minutes FROM allocation GROUP BY grant_id) a
                WHERE g.id = a.grant_id RETURNING g.id
            ), uses AS (
                INSERT INTO free_minute_use (grant_id, posting_id, minutes)
                SELECT grant_id, posting_id, minutes FROM allocation RETURNING 1
            ), charged AS (
                INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes,
                                    total_cents, operator_cents, platform_cents, reference)
                SELECT * FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::int[], ?::int[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::text[])
                RETURNING 1
            ), closed AS (
                UPDATE ledger_hold h SET status = 'POSTED', closed_posting_id = c.posting_id,
                                         captured_cents = c.captured, closed_at = now()
                FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS c (hold_id, posting_id, captured)
                WHERE h.id = c.hold_id AND h.status = 'PENDING' RETURNING 1
            )
            SELECT (SELECT count(*) FROM used), (SELECT count(*) FROM uses), (SELECT count(*) FROM charged),
                   (SELECT count(*) FROM closed)
            """;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @Override
    public LockedHolds lockHolds(Collection<Long> holdIds, Instant now) {
        Map<Long, Hold> holds = new HashMap<>();
        Map<Long, List<FreeMinuteGrant>> grants = new HashMap<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement lock = db.prepareStatement(LOCK)) {
            lock.setArray(1, db.createArrayOf("bigint", holdIds.toArray()));
            lock.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (ResultSet row = lock.executeQuery()) {
                while (row.next()) {
                    if (row.getBoolean(14)) {
                        holds.put(row.getLong(1), new Hold(row.getLong(1), row.getLong(2), row.getLong(3),
                                Hold.Status.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                                row.getLong(7), row.getObject(8, Long.class), row.getObject(9, Long.class),
                                row.getObject(10, OffsetDateTime.class)));
                    } else {
                        grants.computeIfAbsent(row.getLong(2), customer -> new ArrayList<>()).add(new FreeMinuteGrant(
                                row.getLong(1), row.getObject(11, Long.class), row.getInt(12),
                                row.getObject(10, OffsetDateTime.class).toInstant(),
                                row.getObject(13, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return new LockedHolds(holds, grants);
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock holds " + holdIds, e);
        }
    }

    @Override
    public void recordCalls(List<CallRecord> calls) {
        List<Long> grantIds = new ArrayList<>();
        List<Long> grantPostings = new ArrayList<>();
        List<Integer> grantMinutes = new ArrayList<>();
        List<ChargeRecord> charges = new ArrayList<>();
        for (CallRecord call : calls) {
            for (FreeMinutes.Allocation allocation : call.freeMinutes()) {
                grantIds.add(allocation.grantId());
                grantPostings.add(call.postingId());
                grantMinutes.add(allocation.minutes());
            }
            call.charge().ifPresent(charges::add);
        }
        try (Connection db = dataSource.getConnection(); PreparedStatement record = db.prepareStatement(RECORD)) {
            record.setArray(1, db.createArrayOf("bigint", grantIds.toArray()));
            record.setArray(2, db.createArrayOf("bigint", grantPostings.toArray()));
            record.setArray(3, db.createArrayOf("int4", grantMinutes.toArray()));
            record.setArray(4, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::postingId).toArray()));
            record.setArray(5, db.createArrayOf("text", charges.stream().map(c -> c.kind().name()).toArray()));
            record.setArray(6, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::customerId).toArray()));
            record.setArray(7, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::operatorId).toArray()));
            record.setArray(8, db.createArrayOf("int4", charges.stream().map(ChargeRecord::billedMinutes).toArray()));
            record.setArray(9, db.createArrayOf("int4", charges.stream().map(ChargeRecord::freeMinutes).toArray()));
            record.setArray(10, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::totalCents).toArray()));
            record.setArray(11, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::operatorCents).toArray()));
            record.setArray(12, db.createArrayOf("bigint", charges.stream().map(ChargeRecord::platformCents).toArray()));
            record.setArray(13, db.createArrayOf("text", charges.stream().map(ChargeRecord::reference).toArray()));
            record.setArray(14, db.createArrayOf("bigint", calls.stream().map(CallRecord::holdId).toArray()));
            record.setArray(15, db.createArrayOf("bigint", calls.stream().map(CallRecord::postingId).toArray()));
            record.setArray(16, db.createArrayOf("bigint", calls.stream().map(CallRecord::capturedCents).toArray()));
            try (ResultSet counts = record.executeQuery()) {
                counts.next();
                if (counts.getLong(1) != grantIds.stream().distinct().count() || counts.getLong(2) != grantIds.size()
                        || counts.getLong(3) != charges.size() || counts.getLong(4) != calls.size()) {
                    throw new IllegalStateException("a hold was not pending, or a free-minute grant vanished, while"
                            + " they were locked");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the settlement of holds "
                    + calls.stream().map(CallRecord::holdId).toList(), e);
        }
    }
}
