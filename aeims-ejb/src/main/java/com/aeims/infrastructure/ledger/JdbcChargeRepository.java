package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.ChargeRecord;
import com.aeims.domain.model.ledger.ChargeRepository;
import com.aeims.domain.model.ledger.PostingKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
}
