package com.aeims.application.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.application.money.BillingService;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The settlement drain inside WildFly, on calls that are over and due, written straight into the database. */
@ExtendWith(ArquillianExtension.class)
class CallSettlementDrainIT {

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(CallSettlementDrainIT.class);
    }

    @Inject
    private BillingService billing;

    @Inject
    private MoneyAdministration admin;

    @Inject
    private CallSettlementDrain drain;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @AfterEach
    void ledgerStillBalances() throws Exception {
        LedgerInvariants.check(dataSource);
    }

    @Test
    void aCallThatCannotBeSettledWaitsAMinuteAndTheCallsDueWithItAreSettled() throws Exception {
        Parties parties = partiesWithCredit(5_000);
        long customer = parties.customer();
        long operator = parties.operator();
        Hold healthy = billing.placeHold(LedgerFixtures.key("hold"), customer, 2_000, "CALL", "d1", Duration.ofHours(1));
        Hold released = billing.placeHold(LedgerFixtures.key("hold"), customer, 2_000, "CALL", "d2", Duration.ofHours(1));
        // a hold given back while its call was still running: that call can never be settled against it
        billing.releaseHold(released.id());
        Instant bridged = Instant.now().minusSeconds(130);
        String poisoned = dueCall(customer, operator, released.id(), bridged);
        String fine = dueCall(customer, operator, healthy.id(), bridged);

        drain.wake();

        Eventually.await(Duration.ofSeconds(30), "the healthy call settled", () -> chargedCents(fine) != null);
        assertEquals(99 + 3 * 399, chargedCents(fine), "two minutes ten seconds: three minutes and the connect fee");
        assertNull(chargedCents(poisoned));
        Eventually.await(Duration.ofSeconds(30), "the failed call postponed",
                () -> dueAt(poisoned).isAfter(Instant.now().plusSeconds(30)));
        assertTrue(dueAt(poisoned).isBefore(Instant.now().plusSeconds(61)), "tried again within a minute");
    }

    @Test
    void callsOfOneCustomerWithOneOperatorSettledTogetherAllCountInTheirInteractionRecord() throws Exception {
        Parties parties = partiesWithCredit(9_000);
        long customer = parties.customer();
        long operator = parties.operator();
        Instant bridged = Instant.now().minusSeconds(130);
        String[] calls = new String[3];
        for (int i = 0; i < calls.length; i++) {
            Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 2_000, "CALL", "i" + i,
                    Duration.ofHours(1));
            calls[i] = dueCall(customer, operator, hold.id(), bridged);
        }

        drain.wake();

        for (String call : calls) {
            Eventually.await(Duration.ofSeconds(30), "call settled", () -> chargedCents(call) != null);
        }
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(
                "SELECT call_count, total_spent_cents FROM operator_customer_interaction "
                        + "WHERE operator_id = ? AND customer_id = ?")) {
            select.setLong(1, operator);
            select.setLong(2, customer);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "an interaction record");
                assertEquals(3, row.getInt(1));
                assertEquals(3 * (99 + 3 * 399), row.getLong(2));
            }
        }
    }

    private record Parties(long customer, long operator) {
    }

    private Parties partiesWithCredit(long cents) throws SQLException {
        long customer = LedgerFixtures.customer(dataSource);
        admin.grantCredit(LedgerFixtures.admin(dataSource), customer, cents, "test funds", LedgerFixtures.key("credit"));
        return new Parties(customer, LedgerFixtures.operator(dataSource));
    }

    private String dueCall(long customer, long operator, long holdId, Instant bridged) throws SQLException {
        String callRef = "call_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO phone_call (call_ref, customer_id, operator_id, hold_id, rate_per_minute_cents,"
                        + " connect_fee_cents, operator_share_percent, free_minutes_at_start, max_seconds,"
                        + " customer_number, operator_number, state, bridged_at, ended_at, last_event_at,"
                        + " settle_due_at) VALUES (?, ?, ?, ?, 399, 99, 80, 0, 3600, '+15550100', '+15550200',"
                        + " 'ENDED', ?, ?, now(), now())")) {
            insert.setString(1, callRef);
            insert.setLong(2, customer);
            insert.setLong(3, operator);
            insert.setLong(4, holdId);
            insert.setTimestamp(5, Timestamp.from(bridged));
            insert.setTimestamp(6, Timestamp.from(bridged.plusSeconds(130)));
            insert.executeUpdate();
        }
        return callRef;
    }

    private Long chargedCents(String callRef) {
        return column(callRef, "charged_cents", Long.class);
    }

    private Instant dueAt(String callRef) {
        return column(callRef, "settle_due_at", Timestamp.class).toInstant();
    }

    private <T> T column(String callRef, String column, Class<T> type) {
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(
                "SELECT " + column + " FROM phone_call WHERE call_ref = ?")) {
            select.setString(1, callRef);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, type);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
