package com.aeims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.InContainer;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The check every start makes: demo accounts (published passwords) only on a database marked throwaway, and a start
 * outside demo mode refused while they are in any other. The test database is marked, so each test takes the mark
 * off for its run and puts it back.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataGuardIT {

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(DemoDataGuardIT.class);
    }

    @Inject
    private DemoData demoData;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @AfterEach
    void markedAndWithoutDemoAccountsAgain() throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement delete = db.prepareStatement("DELETE FROM account WHERE email = ?")) {
            delete.setString(1, DemoData.ADMIN_EMAIL);
            delete.executeUpdate();
        }
        comment("%L", DemoData.THROWAWAY_MARK);
    }

    @Test
    void demoModeRefusesADatabaseNotMarkedThrowaway() throws SQLException {
        comment("NULL", null);
        String refusal = refusal(true);
        assertTrue(refusal.contains("runs only on a throwaway database"), refusal);
    }

    @Test
    void aStartOutsideDemoModeRefusesWhileADemoAccountIsInAnUnmarkedDatabase() throws SQLException {
        comment("NULL", null);
        assertDoesNotThrow(() -> demoData.checkDatabase(false), "no demo account yet");
        demoAdmin();
        String refusal = refusal(false);
        assertTrue(refusal.contains(DemoData.ADMIN_EMAIL) && refusal.contains("db/ops/retire-demo-accounts.sql"),
                refusal);
    }

    @Test
    void aDatabaseMarkedThrowawayStartsInEitherMode() throws SQLException {
        demoAdmin();
        assertDoesNotThrow(() -> demoData.checkDatabase(true));
        assertDoesNotThrow(() -> demoData.checkDatabase(false));
    }

    private String refusal(boolean demoMode) {
        EJBException failed = assertThrows(EJBException.class, () -> demoData.checkDatabase(demoMode));
        return assertInstanceOf(IllegalStateException.class, failed.getCause()).getMessage();
    }

    private void demoAdmin() throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO account (email, display_name, password_hash, role) VALUES (?, 'Demo Admin',"
                        + " 'pbkdf2-sha256$600000$AA$AA', 'ADMIN')")) {
            insert.setString(1, DemoData.ADMIN_EMAIL);
            insert.executeUpdate();
        }
    }

    /** Sets the database's comment: {@code format} is {@code %L} with the text, or {@code NULL}. */
    private void comment(String format, String text) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            String value = text == null ? "" : ", '" + text + "'";
            statement.execute("DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS " + format + "',"
                    + " current_database()" + value + "); END $$");
        }
    }
}
