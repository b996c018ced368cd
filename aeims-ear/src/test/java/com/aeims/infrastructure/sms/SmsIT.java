package com.aeims.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.TwilioMock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMS through the real Twilio SDK against a Prism mock of Twilio's official OpenAPI description: a message to an
 * offline operator goes to their phone, and their signed SMS reply comes back through the webhook.
 */
class SmsIT extends AeimsIT {

    private ApiClient admin;
    private ApiClient customer;
    private long customerId;
    private long operatorId;
    private String operatorPhone;

    @BeforeEach
    void people() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        operatorId = TestAccounts.idOf(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"));
        operatorPhone = SimulatedPbx.uniqueNumber();
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE operator SET phone_e164 = ?, availability = 'OFFLINE' WHERE account_id = ?")) {
            s.setString(1, operatorPhone);
            s.setLong(2, operatorId);
            s.executeUpdate();
        }
        TestAccounts.credit(admin, customerId, 500);
    }

    private String forwardStatus() {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT status || ' ' || coalesce(provider_sid, failure) FROM sms_forward WHERE operator_id = ?")) {
            s.setLong(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> webhook(Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "api/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio's scheme: HMAC-SHA1 with the auth token over the URL and the sorted parameters, Base64. */
    private String sign(Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(baseUri() + "api/twilio/sms");
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TwilioMock.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private JsonArray conversation() {
        return customer.get("api/messages/conversation?operator_id=" + operatorId).json().getJsonArray("messages");
    }

    @Test
    void aMessageToAnOfflineOperatorGoesToTheirPhoneAndTheirSignedReplyComesBackOnce() throws Exception {
        assertEquals(200, customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "Are you free tonight?").build().toString()).status());
        Eventually.await(Duration.ofSeconds(20), "the SMS forwarded", () -> forwardStatus() != null);
        assertTrue(forwardStatus().startsWith("SENT SM"), "Twilio (the validating mock) accepted it: " + forwardStatus()
                + "\n" + TwilioMock.log());
        assertTrue(TwilioMock.log().contains("/Messages.json"), "the SDK called the Messages API");

        Map<String, String> reply = new TreeMap<>(Map.of("MessageSid", "SM" + UUID.randomUUID().toString()
                .replace("-", ""), "AccountSid", "AC00000000000000000000000000000000", "From", operatorPhone,
                "To", "+18885550100", "Body", "Yes! Call me at 9."));
        HttpResponse<String> accepted = webhook(reply, sign(reply));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("<Response/>"), "empty TwiML: " + accepted.body());
        assertEquals(200, webhook(reply, sign(reply)).statusCode(), "Twilio retries; the same SMS is stored once");
        JsonArray messages = conversation();
        assertEquals(2, messages.size(), messages.toString());
        assertEquals("operator", messages.getJsonObject(1).getString("from"));
        assertEquals("Yes! Call me at 9.", messages.getJsonObject(1).getString("message_text"));
    }

    /** The platform number the customer's messages to the operator were forwarded from. */
    private String relayNumberOf(long customer) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT platform_number FROM sms_forward WHERE operator_id = ? AND customer_id = ? AND status = 'SENT'")) {
            s.setLong(1, operatorId);
            s.setLong(2, customer);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private Map<String, String> reply(String to, String body) {
        return new TreeMap<>(Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                "AccountSid", "AC00000000000000000000000000000000", "From", operatorPhone, "To", to, "Body", body));
    }

    @Test
    void eachReplyReachesTheCustomerWhoseConversationTheNumberItWasSentToCarries() throws Exception {
        ApiClient other = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        assertEquals(200, other.login(email, TestAccounts.PASSWORD).status());
        long otherId = TestAccounts.idOf(email);
        TestAccounts.credit(admin, otherId, 500);
        assertEquals(200, customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "First one here").build().toString()).status());
        Eventually.await(Duration.ofSeconds(20), "the first SMS forwarded", () -> forwardStatus() != null);
        assertEquals(200, other.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "Second one here").build().toString()).status());
        Eventually.await(Duration.ofSeconds(20), "the second SMS forwarded", () -> {
            try {
                return relayNumberOf(otherId) != null;
            } catch (Exception e) {
                return false;
            }
        });
        String firstNumber = relayNumberOf(customerId);
        String otherNumber = relayNumberOf(otherId);
        assertNotEquals(firstNumber, otherNumber, "each conversation has its own platform number");

        Map<String, String> toFirst = reply(firstNumber, "Answering the first");
        Map<String, String> toOther = reply(otherNumber, "Answering the second");
        assertEquals(200, webhook(toFirst, sign(toFirst)).statusCode());
        assertEquals(200, webhook(toOther, sign(toOther)).statusCode());
        assertEquals("Answering the first", conversation().getJsonObject(1).getString("message_text"),
                "the older conversation's reply is not taken by the newer one");
        JsonArray others = other.get("api/messages/conversation?operator_id=" + operatorId).json()
                .getJsonArray("messages");
        assertEquals(2, others.size(), others.toString());
        assertEquals("Answering the second", others.getJsonObject(1).getString("message_text"));
    }

    @Test
    void anOperatorCannotTakeANumberAnotherOperatorHas() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        ApiClient second = new ApiClient(baseUri());
        assertEquals(200, second.login(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"), TestAccounts.PASSWORD)
                .status());
        int textsBefore = TwilioMock.textsTo(operatorPhone).size();
        ApiClient.Reply taken = second.post("api/phone", Json.createObjectBuilder().add("phone", operatorPhone)
                .build().toString());
        assertEquals(400, taken.status(), taken.body());
        assertEquals("PHONE_TAKEN", taken.json().getString("code"));
        assertEquals(textsBefore, TwilioMock.textsTo(operatorPhone).size(), "no code goes to another's number");
        String own = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(second, own);
        assertEquals(own, second.get("api/phone").json().getString("phone"));
        ApiClient.Reply abroad = second.post("api/phone", Json.createObjectBuilder()
                .add("phone", "+447700900123").build().toString());
        assertEquals(400, abroad.status(), abroad.body());
        assertEquals("DESTINATION_NOT_ALLOWED", abroad.json().getString("code"), "not a number the platform texts");
    }

    @Test
    void aCustomerTextsAnOperatorsPhoneNoMoreThanTheDailyLimitAndTheRestWaitOnTheDashboard() throws Exception {
        int limit = 3; // the test server's -Daeims.sms.daily-per-conversation (TwilioMock)
        for (int i = 0; i <= limit; i++) {
            assertEquals(200, customer.post("api/messages/send", Json.createObjectBuilder()
                    .add("operator_id", operatorId).add("message_text", "Message " + i).build().toString()).status());
        }
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT status, failure FROM sms_forward WHERE operator_id = ? ORDER BY message_id")) {
            s.setLong(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                for (int i = 0; i < limit; i++) {
                    assertTrue(r.next());
                    assertNotEquals("SKIPPED", r.getString(1), "message " + i + " goes to the phone");
                }
                assertTrue(r.next());
                assertEquals("SKIPPED", r.getString(1), "one past the limit stays on the dashboard");
                assertEquals("daily SMS limit reached", r.getString(2));
            }
        }
        assertEquals(limit + 1, conversation().size(), "every message was delivered in the app");
    }

    @Test
    void aForgedWebhookCallIsRefusedAndStoresNothing() throws Exception {
        assertEquals(200, customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "Hello").build().toString()).status());
        Eventually.await(Duration.ofSeconds(20), "the SMS forwarded", () -> forwardStatus() != null);
        Map<String, String> forged = new TreeMap<>(Map.of("MessageSid", "SMforged", "From", operatorPhone,
                "To", "+18885550100", "Body", "I am not really Twilio"));
        HttpResponse<String> refused = webhook(forged, "bm90IGEgc2lnbmF0dXJl");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("INVALID_SIGNATURE"));
        Map<String, String> tampered = new TreeMap<>(forged);
        String signature = sign(forged);
        tampered.put("Body", "changed on the way");
        assertEquals(403, webhook(tampered, signature).statusCode(), "the signature covers the body");
        assertEquals(1, conversation().size(), "only the customer's own message");
    }
}
