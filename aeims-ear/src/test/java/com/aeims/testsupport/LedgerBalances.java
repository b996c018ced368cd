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
        return balance("OPERATOR_EARNINGS", operatorId);
    }

    public static long customerAvailableCents(long customerId) throws SQLException {
        return balance("CUSTOMER_AVAILABLE", customerId);
    }

    private static long balance(String kind, long ownerId) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT coalesce(sum(balance_cents), 0) FROM ledger_account WHERE kind = ? AND owner_id = ?")) {
            s.setString(1, kind);
            s.setLong(2, ownerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
