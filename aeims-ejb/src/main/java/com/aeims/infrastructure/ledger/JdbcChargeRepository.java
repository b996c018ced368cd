package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.ChargeRecord;
import com.aeims.domain.model.ledger.ChargeRepository;
import com.aeims.domain.model.ledger.PostingKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcChargeRepository implements ChargeRepository {

    @Inject
    private Jdbc jdbc;

    @Override
    public void record(ChargeRecord c) {
        jdbc.update("INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes,"
                        + " total_cents, operator_cents, platform_cents, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.postingId(), c.kind().name(), c.customerId(), c.operatorId(), c.billedMinutes(), c.freeMinutes(),
                c.totalCents(), c.operatorCents(), c.platformCents(), c.reference());
    }

    @Override
    public Optional<ChargeRecord> findByPosting(long postingId) {
        return jdbc.queryOne("SELECT posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes,"
                        + " total_cents, operator_cents, platform_cents, reference FROM charge WHERE posting_id = ?",
                row -> new ChargeRecord(row.getLong(1), PostingKind.valueOf(row.getString(2)), row.getLong(3),
                        row.getLong(4), row.getInt(5), row.getInt(6), row.getLong(7), row.getLong(8), row.getLong(9),
                        row.getString(10)), postingId);
    }

    @Override
    public List<OperatorShare> operatorSharesSince(long customerId, Instant since) {
        return jdbc.query("SELECT operator_id, sum(operator_cents) FROM charge WHERE customer_id = ? AND created_at >= ?"
                        + " GROUP BY operator_id ORDER BY min(created_at), operator_id",
                row -> new OperatorShare(row.getLong(1), row.getLong(2)), customerId, since.atOffset(ZoneOffset.UTC));
    }

    @Override
    public long operatorCentsSince(long operatorId, Instant since) {
        return jdbc.queryOne("SELECT coalesce(sum(operator_cents), 0) FROM charge WHERE operator_id = ? AND created_at >= ?",
                row -> row.getLong(1), operatorId, since.atOffset(ZoneOffset.UTC)).orElse(0L);
    }
}
