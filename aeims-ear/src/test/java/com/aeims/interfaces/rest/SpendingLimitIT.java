package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.RoomHosting;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Limits customers set on their own spending, on the production-mode server: a cap over 24 hours refuses messages
 * and calls beyond it and makes a call's hold fit within it, a lower cap applies at once and a higher one a day
 * later, and a cool-off stops all spending and cannot be shortened.
 */
class SpendingLimitIT extends PaidCallIT {

    @Test
    void aDailyCapRefusesMessagesAndCallsBeyondItWithAClearReason() {
        credit(5000);
        assertEquals(200, limits("{\"daily_cents\": 100, \"monthly_cents\": null}").status());

        assertEquals(200, message().status());
        assertEquals(200, message().status());
        ApiClient.Reply third = message();
        ApiClient.Reply call = initiate();

        assertEquals(403, third.status(), third.body());
        assertEquals("SPENDING_LIMIT", third.json().getString("code"));
        assertTrue(third.json().getString("error").contains("$0.00 left"), third.body());
        assertEquals(403, call.status(), call.body());
        assertEquals("SPENDING_LIMIT", call.json().getString("code"));
        JsonObject view = customer.get("api/spending-limits").json();
        assertDollars("1.00", view, "spent_last_24_hours");
        assertDollars("0.00", view, "left");
        assertEquals(4900, balanceCents(), "only the two messages were paid");
    }

    @Test
    void aCallHoldsNoMoreThanTheCapLeavesAndSettlesWithinIt() {
        credit(5000);
        assertEquals(200, limits("{\"daily_cents\": 1000}").status());
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(2)));

        ApiClient.Reply started = initiate();

        assertEquals(200, started.status(), started.body());
        assertTrue(started.json().getJsonNumber("held").bigDecimalValue().compareTo(new BigDecimal("10.00")) <= 0,
                started.body());
        settled(started.json().getString("call_id"));
        assertTrue(5000 - balanceCents() <= 1000, "spent within the cap");
    }

    @Test
    void aLowerCapAppliesAtOnceAndAHigherOneOrNoneOnlyADayLater() throws Exception {
        credit(5000);
        limits("{\"daily_cents\": 1000}");
        JsonObject lowered = limits("{\"daily_cents\": 50}").json();
        assertDollars("0.50", lowered, "daily");
        JsonObject raised = limits("{\"daily_cents\": null}").json();
        assertDollars("0.50", raised, "daily");
        assertTrue(raised.getJsonObject("pending_daily").isNull("limit"), raised.toString());
        assertEquals(200, message().status());
        assertEquals(403, message().status(), "the raise is not in force yet");

        pendingChangesDue();

        assertTrue(customer.get("api/spending-limits").json().isNull("daily"), "a day later: no cap");
        assertEquals(200, message().status());
        ApiClient.Reply negative = limits("{\"daily_cents\": -5}");
        assertEquals(400, negative.status(), negative.body());
    }

    @Test
    void aCoolOffStopsAllSpendingAndCannotBeShortened() {
        credit(5000);
        JsonObject paused = customer.post("api/spending-limits/cool-off", "{\"days\": 2}").json();
        String until = paused.getString("cool_off_until");

        ApiClient.Reply refused = message();
        JsonObject shorter = customer.post("api/spending-limits/cool-off", "{\"days\": 1}").json();

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().getString("error").contains("paused"), refused.body());
        assertEquals(until, shorter.getString("cool_off_until"), "a pause is never shortened");
        assertEquals(400, customer.post("api/spending-limits/cool-off", "{\"days\": 0}").status());
        assertEquals("SPENDING_LIMIT", initiate().json().getString("code"));
    }

    @Test
    void roomsAndMailAreHeldToTheCapToo() throws Exception {
        RoomHosting hosting = RoomHosting.start(baseUri());
        RoomHosting.Guest guest = hosting.guestWith(5000);
        assertEquals(200, guest.api().put("api/spending-limits", "{\"daily_cents\": 150}").status());
        long dear = hosting.openRoom("Dear", null, 200, 99, 5);
        long cheap = hosting.openRoom("Cheap", null, 0, 99, 5);

        RoomHosting.assertError(RoomHosting.join(guest, dear, null), 403, "SPENDING_LIMIT");
        RoomHosting.joined(guest, cheap);
        ApiClient.Reply firstMail = mail(guest.api(), hosting.operatorId());
        ApiClient.Reply secondMail = mail(guest.api(), hosting.operatorId());

        assertEquals(200, firstMail.status(), "$0.99 for the room's first minute and $0.50 for the mail: $1.49");
        RoomHosting.assertError(secondMail, 403, "SPENDING_LIMIT");
        assertEquals(0, guest.api().get("api/balance").json().getJsonNumber("balance").bigDecimalValue()
                .compareTo(new BigDecimal("48.51")), "nothing beyond the cap was charged");
    }

    private static ApiClient.Reply mail(ApiClient from, long operatorId) {
        return from.post("api/mail", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("subject", "Hi").add("body", "Hello there").add("idempotency_key", UUID.randomUUID().toString())
                .build().toString());
    }

    private ApiClient.Reply limits(String json) {
        return customer.put("api/spending-limits", json);
    }

    private ApiClient.Reply message() {
        return customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "hello").add("message_type", "chat")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
    }

    private void pendingChangesDue() throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement due = db.prepareStatement(
                "UPDATE spending_limit SET daily_pending_from = now() - interval '1 minute'"
                        + " WHERE customer_id = ? AND daily_pending_from IS NOT NULL")) {
            due.setLong(1, customerId);
            assertEquals(1, due.executeUpdate());
        }
    }

    private static void assertDollars(String expected, JsonObject json, String field) {
        assertEquals(0, json.getJsonNumber(field).bigDecimalValue().compareTo(new BigDecimal(expected)),
                field + " in " + json);
    }
}
