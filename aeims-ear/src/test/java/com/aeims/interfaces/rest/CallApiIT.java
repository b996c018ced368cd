package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what with calls, and what bad requests get back. */
class CallApiIT extends AeimsIT {

    private ApiClient setup;
    private ApiClient customer;
    private long customerId;
    private long operatorId;
    private String phone;

    @BeforeEach
    void people() throws Exception {
        setup = new ApiClient(baseUri());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        operatorId = TestAccounts.createCallableOperator(setup);
        phone = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(customer, phone);
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, customerId, 2_000);
    }

    private ApiClient.Reply initiate(ApiClient client, String body) {
        return client.post("api/calls/initiate", body);
    }

    /** A call request at the price the operator's profile shows (the default prices for an unknown operator). */
    private String request(long operator, String phone) {
        JsonObjectBuilder body = operator == operatorId ? Prices.callRequest(setup, operator)
                : Json.createObjectBuilder().add("operator_id", operator).add("rate_per_minute_cents", 399)
                        .add("connect_fee_cents", 99);
        return body.add("customer_phone", phone).build().toString();
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        JsonObject json = reply.json();
        assertFalse(json.getBoolean("success"));
        assertEquals(code, json.getString("code"));
        assertTrue(json.getString("error").length() > 5, "a message a person can read");
    }

    @Test
    void badCallRequestsGetClearErrorsAndHoldNothing() throws Exception {
        assertError(initiate(customer, "{}"), 400, "VALIDATION_FAILED");
        assertError(initiate(customer, "{\"operator_id\": \"seven\"}"), 400, "VALIDATION_FAILED");
        assertError(initiate(customer, "not json"), 400, "MALFORMED_REQUEST");
        ApiClient.Reply priceless = initiate(customer, "{\"operator_id\": " + operatorId
                + ", \"customer_phone\": \"" + phone + "\"}");
        assertError(priceless, 400, "VALIDATION_FAILED");
        assertTrue(priceless.json().getJsonObject("fields").containsKey("rate_per_minute_cents"),
                "the price the customer was shown is required: " + priceless.body());
        assertError(initiate(customer, request(operatorId, "555-CALL-ME")), 400, "PHONE_NOT_CONFIRMED");
        assertError(initiate(customer, request(987_654_321L, phone)), 404, "OPERATOR_NOT_FOUND");
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE operator SET availability = 'OFFLINE' WHERE account_id = ?")) {
            s.setLong(1, operatorId);
            s.executeUpdate();
        }
        assertError(initiate(customer, request(operatorId, phone)), 409, "OPERATOR_OFFLINE");
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("held").bigDecimalValue().signum());
    }

    @Test
    void aCallAtAPriceTheOperatorHasSinceRaisedIsRefusedWithTheNewPriceAndHoldsNothing() throws Exception {
        SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(5)));
        String seen = request(operatorId, phone);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE operator SET rate_per_minute_cents = 599 WHERE account_id = ?")) {
            s.setLong(1, operatorId);
            s.executeUpdate();
        }
        ApiClient.Reply refused = initiate(customer, seen);
        assertError(refused, 409, "PRICE_CHANGED");
        assertEquals(599, refused.json().getJsonObject("price").getInt("rate_per_minute_cents"));
        assertEquals(99, refused.json().getJsonObject("price").getInt("connect_fee_cents"));
        assertTrue(refused.json().getString("error").contains("$5.99"), refused.body());
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("held").bigDecimalValue().signum(),
                "nothing held");
        assertTrue(customer.get("api/calls").json().getJsonArray("calls").isEmpty(), "no call placed");

        ApiClient.Reply accepted = initiate(customer, request(operatorId, phone));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(0, new java.math.BigDecimal("5.99").compareTo(
                accepted.json().getJsonNumber("rate_per_minute").bigDecimalValue()));
    }

    @Test
    void onlyTheCustomersConfirmedNumberIsEverRung() throws Exception {
        String stranger = SimulatedPbx.uniqueNumber();
        SimulatedPbx.pbx().script(stranger, CallScript.bridged(Duration.ofSeconds(5)));
        ApiClient.Reply refused = initiate(customer, request(operatorId, stranger));
        assertError(refused, 400, "PHONE_NOT_CONFIRMED");
        assertTrue(refused.json().getJsonObject("fields").getString("customer_phone").contains(phone), refused.body());
        assertError(initiate(customer, request(operatorId, "+19005550123")), 400, "PHONE_NOT_CONFIRMED");

        ApiClient newcomer = new ApiClient(baseUri());
        assertEquals(200, newcomer.login(TestAccounts.registerCustomer(setup), TestAccounts.PASSWORD).status());
        assertError(initiate(newcomer, Prices.callRequest(setup, operatorId).build().toString()), 400,
                "PHONE_NOT_CONFIRMED");
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("held").bigDecimalValue().signum());
        assertTrue(customer.get("api/calls").json().getJsonArray("calls").isEmpty(), "no call placed");
    }

    @Test
    void aCustomerStartsNoMoreThanTheDailyLimitOfCalls() throws Exception {
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, customerId, 10_000);
        int limit = 6; // the in-container test server's -Daeims.calls.daily-limit (aeims-ear/pom.xml)
        for (int i = 0; i < limit; i++) {
            SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(1)));
            ApiClient.Reply started = initiate(customer, request(operatorId, phone));
            assertEquals(200, started.status(), "call " + (i + 1) + ": " + started.body());
            String callId = started.json().getString("call_id");
            Eventually.await(Duration.ofSeconds(30), "call " + (i + 1) + " settled",
                    () -> customer.get("api/calls/status?call_id=" + callId).json().getBoolean("settled"));
        }
        ApiClient.Reply refused = initiate(customer, request(operatorId, phone));
        assertError(refused, 429, "DAILY_CALL_LIMIT");
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("held").bigDecimalValue().signum());
    }

    @Test
    void onlyCustomersStartCallsAndOnlyThePartiesSeeThem() throws Exception {
        ApiClient anonymous = new ApiClient(baseUri());
        assertError(initiate(anonymous, request(operatorId, phone)), 401, "NOT_AUTHENTICATED");

        SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(30)));
        ApiClient.Reply started = initiate(customer, request(operatorId, phone));
        assertEquals(200, started.status(), started.body());
        String callId = started.json().getString("call_id");
        Eventually.await(Duration.ofSeconds(30), "settled",
                () -> customer.get("api/calls/status?call_id=" + callId).json().getBoolean("settled"));

        ApiClient stranger = new ApiClient(baseUri());
        assertEquals(200, stranger.login(TestAccounts.registerCustomer(setup), TestAccounts.PASSWORD).status());
        assertError(stranger.get("api/calls/status?call_id=" + callId), 404, "CALL_NOT_FOUND");
        assertError(stranger.post("api/calls/" + callId + "/hangup", "{}"), 404, "CALL_NOT_FOUND");
        assertTrue(stranger.get("api/calls").json().getJsonArray("calls").isEmpty());

        ApiClient operator = new ApiClient(baseUri());
        String operatorEmail = emailOf(operatorId);
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
        assertError(initiate(operator, request(operatorId, phone)), 403, "FORBIDDEN");
        JsonObject seenByOperator = operator.get("api/calls/status?call_id=" + callId).json();
        assertEquals("ended", seenByOperator.getString("status"));
        assertEquals(0, new java.math.BigDecimal("3.98").compareTo(
                seenByOperator.getJsonNumber("operator_earnings").bigDecimalValue()), "80% of 4.98, rounded down");
        assertEquals(callId, operator.get("api/calls").json().getJsonArray("calls").getJsonObject(0)
                .getString("call_id"));
        assertEquals(callId, customer.get("api/calls?limit=5").json().getJsonArray("calls").getJsonObject(0)
                .getString("call_id"));
        assertTrue(customer.get("api/calls/active").json().getJsonArray("calls").isEmpty());
    }

    private static String emailOf(long accountId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT email FROM account WHERE id = ?")) {
            s.setLong(1, accountId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
