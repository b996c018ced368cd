package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.jca.asterisk.peer.AmiPbx;
import com.aeims.jca.asterisk.peer.CallScript;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Paid calls end to end: the real EAR's AMI adapter logged in to a simulated Asterisk that replays recorded
 * Asterisk 22 sessions, events through the adapter, JMS and the state machine into the ledger. Each test has a
 * customer, an operator who takes calls and a phone number of its own; the ledger must balance after each. Default
 * prices: $3.99 a minute, $0.99 to connect, 80% to the operator (rounded down).
 */
public abstract class PaidCallIT extends AeimsIT {

    protected final AmiPbx pbx = SimulatedPbx.pbx();
    protected ApiClient admin;
    protected ApiClient customer;
    protected long customerId;
    protected String customerEmail;
    protected long operatorId;
    protected String phone;

    @BeforeEach
    void people() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        customerEmail = email;
        operatorId = TestAccounts.createCallableOperator(setup);
        phone = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(customer, phone);
        Eventually.await(Duration.ofSeconds(30), "the adapter logged in to the PBX", pbx::hasLoggedInSession);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    protected void credit(long cents) {
        TestAccounts.credit(admin, customerId, cents);
    }

    protected ApiClient.Reply initiate() {
        return customer.post("api/calls/initiate", Prices.callRequest(customer, operatorId)
                .add("customer_phone", phone).build().toString());
    }

    protected String startCall(CallScript script) {
        pbx.script(phone, script);
        ApiClient.Reply reply = initiate();
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("call_id");
    }

    protected JsonObject settled(String callId) {
        Eventually.await(Duration.ofSeconds(30), "call " + callId + " settled",
                () -> status(callId).getBoolean("settled"));
        return status(callId);
    }

    protected JsonObject status(String callId) {
        ApiClient.Reply reply = customer.get("api/calls/status?call_id=" + callId);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    protected long balanceCents() {
        return customer.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()
                .movePointRight(2).longValueExact();
    }

    protected long heldCents() {
        return customer.get("api/balance").json().getJsonNumber("held").bigDecimalValue()
                .movePointRight(2).longValueExact();
    }

    protected long operatorEarningsCents() throws Exception {
        return LedgerBalances.operatorEarningsCents(operatorId);
    }

    protected static long postingsFor(String callId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM ledger_posting WHERE idempotency_key = ?")) {
            s.setString(1, "call:" + callId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    protected String operatorAvailability() throws Exception {
        return availabilityOf(operatorId);
    }

    protected static String availabilityOf(long operator) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT availability FROM operator WHERE account_id = ?")) {
            s.setLong(1, operator);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    protected void talkForTwoSeconds(String callId) {
        Eventually.await(Duration.ofSeconds(20), "two seconds of talk", () -> {
            JsonObject call = status(callId);
            return "answered".equals(call.getString("status")) && call.getInt("duration_seconds") >= 2;
        });
    }

    /** The talk so far as the API reports it. */
    protected long talked(String callId) {
        return status(callId).getInt("duration_seconds");
    }

    protected static BigDecimal dollars(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }
}
