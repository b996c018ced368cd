package com.aeims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The server under this suite starts like production: no demo flag. */
class ProductionStartIT extends AeimsIT {

    @Test
    void withoutTheDemoFlagNoDemoAccountExists() throws Exception {
        try (Connection db = EmbeddedDatabase.connect();
             PreparedStatement s = db.prepareStatement(
                     "SELECT count(*) FROM account WHERE email LIKE 'demo.%@example.com'"
                             + " OR email IN ('sarah.johnson@example.com', 'raven.black@example.com')")) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(0, r.getLong(1));
            }
        }
    }

    @Test
    void flywayAppliedEveryMigrationAndCreatedTheThreeBrandedSites() throws Exception {
        try (Connection db = EmbeddedDatabase.connect();
             ResultSet r = db.createStatement().executeQuery(
                     "SELECT string_agg(host, ',' ORDER BY host) FROM site")) {
            r.next();
            assertEquals("flirts.nyc,nycflirts.com,sexacomms.com", r.getString(1));
        }
        try (Connection db = EmbeddedDatabase.connect();
             ResultSet r = db.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success")) {
            r.next();
            try (var migrations = java.nio.file.Files.list(java.nio.file.Path.of("../db/migration"))) {
                assertEquals(migrations.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count(),
                        r.getLong(1), "every migration in db/ applied");
            }
        }
    }
}
