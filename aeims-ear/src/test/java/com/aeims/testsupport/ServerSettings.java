package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Settings a test changes in the database, as an admin would: money rules (the server reads them through a cache of a
 * few seconds, so retry what depends on a new value) and whether sites allow call recordings.
 */
public final class ServerSettings {

    private ServerSettings() {
    }

    public static void money(String name, long value) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE money_setting SET value = ? WHERE name = ?")) {
            update.setLong(1, value);
            update.setString(2, name);
            assertEquals(1, update.executeUpdate(), name);
        }
    }

    public static void sitesRecordCalls(boolean allowed) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE site SET recordings_enabled = ?")) {
            update.setBoolean(1, allowed);
            update.executeUpdate();
        }
    }
}
