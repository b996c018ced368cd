package com.aeims.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Customers and operators made straight in the database for in-container money tests. */
public final class LedgerFixtures {

    private LedgerFixtures() {
    }

    public static long customer(DataSource dataSource) throws SQLException {
        long id = account(dataSource, "CUSTOMER");
        run(dataSource, "INSERT INTO customer (account_id, date_of_birth, registered_site_id)"
                + " SELECT ?, DATE '1990-01-01', id FROM site WHERE is_default", id);
        return id;
    }

    public static long operator(DataSource dataSource) throws SQLException {
        long id = account(dataSource, "OPERATOR");
        run(dataSource, "INSERT INTO operator (account_id) VALUES (?)", id);
        return id;
    }

    public static long admin(DataSource dataSource) throws SQLException {
        long id = account(dataSource, "ADMIN");
        run(dataSource, "INSERT INTO admin_user (account_id) VALUES (?)", id);
        return id;
    }

    public static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static long account(DataSource dataSource, String role) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO account (email, display_name, password_hash,"
                     + " role) VALUES (?, ?, 'pbkdf2-sha256$600000$AA$AA', ?) RETURNING id")) {
            insert.setString(1, role.toLowerCase() + "." + UUID.randomUUID() + "@example.org");
            insert.setString(2, "Fixture " + role.toLowerCase());
            insert.setString(3, role);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void run(DataSource dataSource, String sql, long id) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
