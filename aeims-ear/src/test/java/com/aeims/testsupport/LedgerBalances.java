package com.aeims.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Balances straight from the ledger tables, for tests that assert exact money results. */
public final class LedgerBalances {

    private LedgerBalances() {
    }

    public static long operatorEarningsCents(long operatorId) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT coalesce(sum(balance_cents), 0) FROM ledger_account WHERE kind = 'OPERATOR_EARNINGS' "
                        + "AND owner_id = ?")) {
            s.setLong(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
