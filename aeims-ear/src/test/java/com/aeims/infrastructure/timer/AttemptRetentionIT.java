package com.aeims.infrastructure.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The records of tries are cleared once they can no longer count, and kept while they can. */
@ExtendWith(ArquillianExtension.class)
class AttemptRetentionIT {

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(AttemptRetentionIT.class);
    }

    @Inject
    private AttemptRetention retention;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @Test
    void oldTriesAndIdleCountersGoWhileRecentOnesStay() throws Exception {
        String email = "retention." + UUID.randomUUID() + "@example.org";
        run("INSERT INTO login_attempt (email, attempted_at, outcome) VALUES (?, now() - interval '31 days', 'INVALID')",
                email);
        run("INSERT INTO login_attempt (email, attempted_at, outcome) VALUES (?, now() - interval '29 days', 'INVALID')",
                email);
        run("INSERT INTO login_throttle (throttle_key, failures, counted_at, next_allowed_at)"
                + " VALUES (?, 3, now() - interval '25 hours', now() - interval '25 hours')", "account:idle" + email);
        run("INSERT INTO login_throttle (throttle_key, failures, counted_at, next_allowed_at)"
                + " VALUES (?, 12, now() - interval '23 hours', now() - interval '23 hours')", "account:quiet" + email);
        long customer = LedgerFixtures.customer(dataSource);
        long operator = LedgerFixtures.operator(dataSource);
        long room = longOf("INSERT INTO chat_room (operator_id, name, entry_fee_cents, rate_per_minute_cents,"
                + " max_users) VALUES (?, 'Retention', 0, 99, 5) RETURNING id", operator);
        String wrongPin = "INSERT INTO room_pin_failure (room_id, customer_id, failed_at) VALUES (" + room + ", ?, ";
        longOf(wrongPin + "now() - interval '25 hours') RETURNING id", customer);
        longOf(wrongPin + "now() - interval '59 minutes') RETURNING id", customer);

        retention.clearOldTries();

        assertEquals(1, longOf("SELECT count(*) FROM login_attempt WHERE email = ?", email), "29 days are kept");
        assertEquals(0, longOf("SELECT count(*) FROM login_throttle WHERE throttle_key = ?", "account:idle" + email));
        assertEquals(1, longOf("SELECT count(*) FROM login_throttle WHERE throttle_key = ?", "account:quiet" + email),
                "a counter tried within the day stays");
        assertEquals(1, longOf("SELECT count(*) FROM room_pin_failure WHERE room_id = ?", room),
                "the last hour's wrong PINs still count");
    }

    private void run(String sql, String parameter) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    /** The first column of the statement's one row (a count, or the id an insert returns). */
    private long longOf(String sql, Object parameter) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
