package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Internal mail: charged like a message from customers, free answers, only for the two parties. */
class MailApiIT extends AeimsIT {

    private ApiClient setup;
    private ApiClient customer;
    private ApiClient operator;
    private long customerId;
    private long operatorId;

    @BeforeEach
    void people() throws Exception {
        setup = new ApiClient(baseUri());
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        operatorId = TestAccounts.idOf(operatorEmail);
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, customerId, 100);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    private ApiClient.Reply mail(ApiClient from, String party, long partyId, String subject, String body, String key) {
        var json = Json.createObjectBuilder().add(party, partyId).add("subject", subject).add("body", body);
        if (key != null) {
            json.add("idempotency_key", key);
        }
        return from.post("api/mail", json.build().toString());
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(code, reply.json().getString("code"));
    }

    @Test
    void aCustomersMailIsChargedOnceAndTheOperatorAnswersForFree() {
        ApiClient.Reply sent = mail(customer, "operator_id", operatorId, "Tonight", "Are you around at ten?", "k1");
        assertEquals(200, sent.status(), sent.body());
        assertEquals(0, new BigDecimal("0.50").compareTo(sent.json().getJsonNumber("charged").bigDecimalValue()));
        assertTrue(mail(customer, "operator_id", operatorId, "Tonight", "Are you around at ten?", "k1").json()
                .getBoolean("replayed"));
        assertEquals(0, new BigDecimal("0.50").compareTo(customer.get("api/balance").json().getJsonNumber("balance")
                .bigDecimalValue()), "charged once");

        JsonObject inbox = operator.get("api/mail?box=inbox").json().getJsonArray("mail").getJsonObject(0);
        assertEquals("Tonight", inbox.getString("subject"));
        assertFalse(inbox.getBoolean("read"));
        long mailId = inbox.getJsonNumber("mail_id").longValue();
        assertTrue(operator.get("api/mail/" + mailId).json().getBoolean("read"), "opening it marks it read");
        JsonObject greenToast = operator.get("api/notifications").json().getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("type").equals("mail")).findFirst()
                .orElseThrow();
        assertEquals("green", greenToast.getString("color"));

        ApiClient.Reply answer = operator.post("api/mail", Json.createObjectBuilder().add("customer_id", customerId)
                .add("subject", "Re: Tonight").add("body", "Yes, at ten.").add("reply_to", mailId).build().toString());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(0, answer.json().getJsonNumber("charged").bigDecimalValue().signum());
        JsonObject received = customer.get("api/mail").json().getJsonArray("mail").getJsonObject(0);
        assertEquals("Yes, at ten.", received.getString("body"));
        assertEquals(mailId, received.getJsonNumber("reply_to").longValue());
    }

    @Test
    void badMailGetsFieldErrorsAndStrangersSeeNothing() throws Exception {
        ApiClient.Reply empty = mail(customer, "operator_id", operatorId, " ", "", null);
        assertError(empty, 400, "VALIDATION_FAILED");
        assertTrue(empty.json().getJsonObject("fields").containsKey("subject"));
        assertTrue(empty.json().getJsonObject("fields").containsKey("body"));
        assertError(mail(customer, "operator_id", operatorId, "x".repeat(201), "hi", null), 400, "VALIDATION_FAILED");
        assertError(mail(customer, "operator_id", 987_654_321L, "Hi", "hi", null), 404, "OPERATOR_NOT_FOUND");
        ApiClient.Reply sent = mail(customer, "operator_id", operatorId, "<b>Hi</b>", "<script>x()</script>", null);
        assertEquals(200, sent.status(), sent.body());
        long mailId = sent.json().getJsonNumber("mail_id").longValue();

        ApiClient stranger = new ApiClient(baseUri());
        String strangerEmail = TestAccounts.registerCustomer(setup);
        assertEquals(200, stranger.login(strangerEmail, TestAccounts.PASSWORD).status());
        assertError(stranger.get("api/mail/" + mailId), 404, "MAIL_NOT_FOUND");
        assertTrue(stranger.get("api/mail?box=sent").json().getJsonArray("mail").isEmpty());
        assertError(mail(operator, "customer_id", TestAccounts.idOf(strangerEmail), "Hello", "Hi there", null), 404,
                "CUSTOMER_NOT_FOUND");
        assertEquals(200, mail(customer, "operator_id", operatorId, "Last", "the last 50 cents", null).status());
        assertError(mail(customer, "operator_id", operatorId, "Poor", "x", null), 402, "INSUFFICIENT_FUNDS");
        assertEquals(2, customer.get("api/mail?box=sent").json().getJsonArray("mail").size(), "nothing stored");
    }
}
