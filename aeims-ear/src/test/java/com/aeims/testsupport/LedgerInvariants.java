package com.aeims.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The ledger's guarantees, checked straight in the database after every money test. */
public final class LedgerInvariants {

    /** An account's balance as its transfers make it: what came in minus what went out. */
    public static final String BALANCE = "(coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE credit_account_id = a.id), 0) - coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE debit_account_id = a.id), 0))";

    private LedgerInvariants() {
    }

    /** Checks the tests' database, as an {@code @AfterEach} of money tests does. */
    public static void check() throws SQLException {
        try (Connection db = EmbeddedDatabase.connect()) {
            check(db);
        }
    }

    public static void check(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            check(db);
        }
    }

    public static void check(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            long sum = single(sql, "SELECT coalesce(sum(" + BALANCE + "), 0) FROM ledger_account a");
            require(sum == 0, "all accounts sum to zero, but they sum to " + sum);
            long negative = single(sql, "SELECT count(*) FROM ledger_account WHERE balance_cents < 0"
                    + " AND kind IN ('CUSTOMER_AVAILABLE', 'CUSTOMER_HELD', 'OPERATOR_EARNINGS')");
            require(negative == 0, negative + " customer or operator balances are negative");
            long drifted = single(sql, "SELECT count(*) FROM ledger_account a WHERE a.owner_id IS NOT NULL"
                    + " AND a.balance_cents <> " + BALANCE);
            require(drifted == 0, drifted + " maintained balances differ from the sum of their transfers");
            long openHeld = single(sql, """
                    SELECT count(*) FROM ledger_account a WHERE a.kind = 'CUSTOMER_HELD' AND a.balance_cents <>
                      coalesce((SELECT sum(amount_cents) FROM ledger_hold h
                                WHERE h.customer_id = a.owner_id AND h.status = 'PENDING'), 0)
                    """);
            require(openHeld == 0, openHeld + " customers' held funds differ from their pending holds");
            long creditWithoutSale = single(sql, "SELECT count(*) FROM ledger_posting l WHERE l.kind = 'ADD_FUNDS'"
                    + " AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.posting_id = l.id"
                    + " AND p.status NOT IN ('PENDING', 'DECLINED', 'FAILED'))");
            require(creditWithoutSale == 0, creditWithoutSale + " packs credited without a confirmed sale");
            long saleWithoutCredit = single(sql, "SELECT count(*) FROM payment WHERE (posting_id IS NULL)"
                    + " <> (status IN ('PENDING', 'DECLINED', 'FAILED'))");
            require(saleWithoutCredit == 0, saleWithoutCredit + " payments whose credit does not match their status");
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("Ledger invariant broken: " + message);
        }
    }
}
