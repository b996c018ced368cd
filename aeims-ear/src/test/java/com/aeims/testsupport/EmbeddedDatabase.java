package com.aeims.testsupport;

import com.aeims.infrastructure.persistence.DemoData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real PostgreSQL for the test server: the one named by {@code aeims.it.db.url} (from AEIMS_DB_URL),
 * else a fresh embedded one on the port the build reserved. Starts with the test run (a JUnit launcher session
 * listener), before Arquillian starts WildFly, because it publishes the URL the server's datasource uses.
 */
public class EmbeddedDatabase implements LauncherSessionListener {

    private static String url;
    private static String user;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensureStarted();
    }

    public static synchronized void ensureStarted() {
        if (url != null) {
            return;
        }
        String configured = System.getProperty("aeims.it.db.url", "");
        user = System.getProperty("aeims.it.db.user", "postgres");
        if (!configured.isBlank()) {
            url = configured;
        } else {
            int port = Integer.parseInt(System.getProperty("aeims.it.embedded-db.port", "0"));
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the data directory is temporary anyway
                    }
                }));
                url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
                user = "postgres";
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        System.setProperty("aeims.it.server.db.url", url);
        System.setProperty("aeims.it.server.db.user", user);
        markThrowaway(url, user, System.getenv().getOrDefault("AEIMS_DB_PASSWORD", ""));
    }

    /**
     * Marks the database as one whose data may be thrown away, the only kind demo mode loads its accounts into (a
     * database AEIMS_DB_URL names for the tests is one by the build's definition).
     */
    public static void markThrowaway(String url, String user, String password) {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement mark = db.createStatement()) {
            mark.execute("DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), '"
                    + DemoData.THROWAWAY_MARK + "'); END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark " + url + " as a throwaway database", e);
        }
    }

    /** A direct connection, for asserting what the application wrote. */
    public static Connection connect() throws SQLException {
        ensureStarted();
        String password = System.getenv().getOrDefault("AEIMS_DB_PASSWORD", "");
        return DriverManager.getConnection(url, user, password);
    }
}
