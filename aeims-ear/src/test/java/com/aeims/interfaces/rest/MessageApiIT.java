package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Charged chat over the API: $0.50 a message from customers (80% to the operator), free answers. */
class MessageApiIT extends AeimsIT {

    private ApiClient setup;
    private ApiClient admin;
    private ApiClient customer;
    private ApiClient operator;
    private long customerId;
    private long operatorId;

    @BeforeEach
    void people() throws Exception {
        setup = new ApiClient(baseUri());
        admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        operatorId = TestAccounts.idOf(operatorEmail);
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    private void credit(long cents) {
        TestAccounts.credit(admin, customerId, cents);
    }

    private ApiClient.Reply send(String text, String key) {
        var json = Json.createObjectBuilder().add("operator_id", operatorId).add("message_text", text)
                .add("message_type", "chat");
        if (key != null) {
            json.add("idempotency_key", key);
        }
        return customer.post("api/messages/send", json.build().toString());
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(code, reply.json().getString("code"));
    }

    private JsonArray conversation(ApiClient client, String query) {
        ApiClient.Reply reply = client.get("api/messages/conversation?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("messages");
    }

    private long earningsCents() throws Exception {
        return LedgerBalances.operatorEarningsCents(operatorId);
    }

    @Test
    void aMessageCostsFiftyCentsOnceHoweverOftenItIsRetriedAndAnswersAreFree() throws Exception {
        credit(200);

        ApiClient.Reply first = send("Hey, are you available?", "m-1");
        assertEquals(200, first.status(), first.body());
        JsonObject sent = first.json();
        assertEquals(0, new BigDecimal("0.50").compareTo(sent.getJsonNumber("charged").bigDecimalValue()));
        assertEquals(0, new BigDecimal("1.50").compareTo(sent.getJsonNumber("balance_remaining").bigDecimalValue()));
        ApiClient.Reply retry = send("Hey, are you available?", "m-1");
        assertEquals(200, retry.status(), retry.body());
        assertTrue(retry.json().getBoolean("replayed"));
        assertEquals(sent.getJsonNumber("message_id").longValue(), retry.json().getJsonNumber("message_id").longValue());
        assertEquals(0, new BigDecimal("1.50").compareTo(retry.json().getJsonNumber("balance_remaining").bigDecimalValue()));
        assertError(send("Something else", "m-1"), 409, "IDEMPOTENCY_CONFLICT");
        assertEquals(40, earningsCents(), "80% of 50 cents");

        ApiClient.Reply answer = operator.post("api/messages/send", Json.createObjectBuilder()
                .add("customer_id", customerId).add("message_text", "Yes! Call me.").build().toString());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(0, answer.json().getJsonNumber("charged").bigDecimalValue().signum());
        assertEquals(0, new BigDecimal("1.50").compareTo(customer.get("api/balance").json().getJsonNumber("balance")
                .bigDecimalValue()), "answers cost the customer nothing");

        JsonArray messages = conversation(customer, "operator_id=" + operatorId);
        assertEquals(2, messages.size());
        assertEquals("customer", messages.getJsonObject(0).getString("from"));
        assertEquals("Yes! Call me.", messages.getJsonObject(1).getString("message_text"));
        assertEquals(2, conversation(operator, "customer_id=" + customerId).size());

        JsonObject notifications = operator.get("api/notifications").json();
        assertEquals(2, notifications.getInt("unread"), "the new message, and the yellow note that the answer went out");
        JsonObject newMessage = notifications.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("type").equals("chat_message")).findFirst().orElseThrow();
        assertEquals("blue", newMessage.getString("color"));
        assertEquals("/operator/messages.xhtml?with=" + customerId, newMessage.getString("link"));
    }

    @Test
    void withoutEnoughBalanceNothingIsStoredOrCharged() throws Exception {
        credit(30);
        assertError(send("Hello?", null), 402, "INSUFFICIENT_FUNDS");
        assertTrue(conversation(customer, "operator_id=" + operatorId).isEmpty());
        assertEquals(0, new BigDecimal("0.30").compareTo(customer.get("api/balance").json().getJsonNumber("balance")
                .bigDecimalValue()));
        assertEquals(0, earningsCents());
    }

    @Test
    void badMessagesGetClearErrorsAndHtmlStaysText() throws Exception {
        credit(200);
        assertError(send("   ", null), 400, "EMPTY_MESSAGE");
        assertError(send("x".repeat(2001), null), 400, "MESSAGE_TOO_LONG");
        assertError(customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", 987_654_321L)
                .add("message_text", "hi").build().toString()), 404, "OPERATOR_NOT_FOUND");
        assertError(customer.post("api/messages/send", "{\"message_text\": \"hi\"}"), 400, "VALIDATION_FAILED");
        assertError(customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "hi").add("message_type", "fax").build().toString()), 400, "VALIDATION_FAILED");
        String html = "<script>alert('x')</script><b>bold</b>";
        assertEquals(200, send(html, null).status());
        assertEquals(html, conversation(customer, "operator_id=" + operatorId).getJsonObject(0)
                .getString("message_text"), "kept exactly as typed; pages show it as text");
    }

    @Test
    void peopleSeeOnlyTheirOwnConversations() throws Exception {
        credit(200);
        assertEquals(200, send("Only for you", null).status());
        ApiClient stranger = new ApiClient(baseUri());
        String strangerEmail = TestAccounts.registerCustomer(setup);
        assertEquals(200, stranger.login(strangerEmail, TestAccounts.PASSWORD).status());
        assertTrue(conversation(stranger, "operator_id=" + operatorId).isEmpty());
        assertError(operator.post("api/messages/send", Json.createObjectBuilder()
                .add("customer_id", TestAccounts.idOf(strangerEmail)).add("message_text", "hello stranger").build()
                .toString()), 404, "CUSTOMER_NOT_FOUND");
        assertError(operator.get("api/messages/conversation?customer_id=" + TestAccounts.idOf(strangerEmail)), 404,
                "CUSTOMER_NOT_FOUND");
        assertError(new ApiClient(baseUri()).get("api/messages/conversation?operator_id=" + operatorId), 401,
                "NOT_AUTHENTICATED");
    }

    @Test
    void toastSettingsAreKeptPerUser() {
        ApiClient.Reply saved = operator.put("api/notifications/settings",
                "{\"types\": {\"chat_message\": false}, \"sound\": false}");
        assertEquals(200, saved.status(), saved.body());
        JsonObject settings = operator.get("api/notifications/settings").json();
        assertFalse(settings.getJsonObject("types").getBoolean("chat_message"));
        assertTrue(settings.getJsonObject("types").getBoolean("mail"));
        assertFalse(settings.getBoolean("sound"));
        assertError(operator.put("api/notifications/settings", "{\"types\": {\"fax\": true}}"), 400,
                "VALIDATION_FAILED");
    }
}
