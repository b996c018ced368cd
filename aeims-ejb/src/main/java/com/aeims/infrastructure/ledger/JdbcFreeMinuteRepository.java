package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.pricing.FreeMinuteGrant;
import com.aeims.domain.model.pricing.FreeMinuteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class JdbcFreeMinuteRepository implements FreeMinuteRepository {

    private static final String USABLE = "SELECT id, operator_id, minutes_remaining, expires_at, granted_at"
            + " FROM free_minute_grant WHERE customer_id = ? AND (operator_id IS NULL OR operator_id = ?)"
            + " AND minutes_remaining > 0 AND expires_at > ? ORDER BY expires_at, granted_at, id";

    @Inject
    private Jdbc jdbc;

    @Override
    public List<FreeMinuteGrant> usable(long customerId, long operatorId, Instant now) {
        return jdbc.query(USABLE, JdbcFreeMinuteRepository::grant, customerId, operatorId, utc(now));
    }

    @Override
    public long grant(long customerId, Long operatorId, int minutes, Instant expiresAt, Long grantedBy, String reason,
                      String idempotencyKey) {
        jdbc.update("INSERT INTO free_minute_grant (customer_id, operator_id, minutes_granted, minutes_remaining,"
                        + " expires_at, granted_by, reason, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (idempotency_key) DO NOTHING",
                customerId, operatorId, minutes, minutes, utc(expiresAt), grantedBy, reason, idempotencyKey);
        return jdbc.queryOne("SELECT id, customer_id, operator_id, minutes_granted FROM free_minute_grant"
                + " WHERE idempotency_key = ?", row -> {
                    boolean same = row.getLong(2) == customerId && java.util.Objects.equals(
                            row.getObject(3, Long.class), operatorId) && row.getInt(4) == minutes;
                    if (!same) {
                        throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                                "Key " + idempotencyKey + " was used for a different grant");
                    }
                    return row.getLong(1);
                }, idempotencyKey).orElseThrow();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static FreeMinuteGrant grant(ResultSet row) throws SQLException {
        return new FreeMinuteGrant(row.getLong(1), row.getObject(2, Long.class), row.getInt(3),
                row.getObject(4, OffsetDateTime.class).toInstant(), row.getObject(5, OffsetDateTime.class).toInstant());
    }
}
