package com.aeims.application.callback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.OperatorHours;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.ServerReload;
import com.aeims.testsupport.ServerSettings;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booked callbacks placed by their timers through the real EAR and the simulated Asterisk (see {@link PaidCallIT}):
 * on time, after a restart in between, and the no-shows, with the money after each. Bookings may start at once here
 * (the lead time set to 0) and a missed customer is rung again after 5 s, so each test waits seconds, not minutes.
 */
class ScheduledCallbacksIT extends PaidCallIT {

    private static final long FUNDS = 100_00;

    private ApiClient operator;

    @BeforeEach
    void operatorWithHoursAndNoLeadTime() throws Exception {
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        OperatorHours.aroundNow(operator);
        ServerSettings.money("callback_min_lead_minutes", 0);
        ServerSettings.money("callback_retry_seconds", 5);
        credit(FUNDS);
    }

    @AfterEach
    void settingsBack() throws Exception {
        ServerSettings.money("callback_min_lead_minutes", 2);
        ServerSettings.money("callback_retry_seconds", 60);
    }

    @Test
    void aBookedCallIsPlacedOnTimeThroughTheUsualMaskedPathAndSettledFromItsHold() throws Exception {
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(61)));
        Instant at = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        String id = bookedAndAccepted(at, 15);

        JsonObject request = closed(id);

        assertEquals("completed", request.getString("status"), request.toString());
        String callId = request.getString("call_id");
        JsonObject call = settled(callId);
        assertEquals(2, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("8.97").compareTo(call.getJsonNumber("charged").bigDecimalValue()),
                "0.99 + 2 x 3.99 from the hold for 15 minutes");
        assertEquals(FUNDS - 897, LedgerBalances.customerAvailableCents(customerId), "the unused minutes are back");
        Instant placed = Instant.parse(call.getString("requested_at"));
        assertTrue(!placed.isBefore(at.minusSeconds(2)) && placed.isBefore(at.plusSeconds(15)),
                "placed at " + placed + " for " + at);
        Map<String, String> originate = pbx.actionsReceived().stream()
                .filter(a -> "Originate".equalsIgnoreCase(a.get("action")) && a.get("actionid").endsWith(callId))
                .findFirst().orElseThrow();
        assertTrue(originate.get("channel").contains(phone), "the customer is rung first: " + originate);
        assertTrue(originate.get("callerid").contains("+18885550100"), "platform number as caller id: " + originate);
        assertTrue(notified(customer, "Your call is soon") && notified(operator, "Your call is soon"), "reminded");
    }

    @Test
    void aBookedCallIsStillPlacedWhenTheServerRestartsBeforeItsTime() throws Exception {
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(30)));
        String id = bookedAndAccepted(Instant.now().plusSeconds(40).truncatedTo(ChronoUnit.SECONDS), 5);

        ServerReload.reload(baseUri());
        customer = new ApiClient(baseUri());
        assertEquals(200, customer.login(customerEmail, TestAccounts.PASSWORD).status());
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());

        JsonObject request = closed(id);
        assertEquals("completed", request.getString("status"), request.toString());
        assertEquals(1, pbx.actionsReceived().stream().filter(a -> "Originate".equalsIgnoreCase(a.get("action"))
                && a.get("actionid").endsWith(request.getString("call_id"))).count(), "dialled once");
        assertEquals(FUNDS - (99 + 399), LedgerBalances.customerAvailableCents(customerId));
    }

    @Test
    void anOperatorWhoDoesNotAnswerIsANoShowAndTheCustomerGetsEverythingBack() throws Exception {
        pbx.script(phone, CallScript.recorded("contract/g3-operator-noanswer"));
        String id = bookedAndAccepted(Instant.now().plusSeconds(15), 10);

        JsonObject request = closed(id);

        assertEquals("no_show", request.getString("status"), request.toString());
        assertEquals("operator_no_show", request.getString("close_reason"));
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
        assertEquals(0, LedgerBalances.operatorEarningsCents(operatorId));
        assertTrue(notified(operator, "Scheduled call missed"));
        assertEquals(1, operator.get("api/operator/me").json().getInt("missed_booked_calls"), "counted on them");
    }

    @Test
    void aCustomerWhoMissesBothTriesIsANoShowAndPaysOnlyTheConnectFee() throws Exception {
        pbx.script(phone, CallScript.recorded("contract/g4-customer-busy"));
        String id = bookedAndAccepted(Instant.now().plusSeconds(15), 10);

        JsonObject request = closed(id);

        assertEquals("no_show", request.getString("status"), request.toString());
        assertEquals("customer_no_show", request.getString("close_reason"));
        assertEquals(2, pbx.actionsReceived().stream().filter(a -> "Originate".equalsIgnoreCase(a.get("action"))
                && a.get("channel").contains(phone)).count(), "rung twice");
        assertTrue(notified(customer, "We could not reach you") && notified(customer, "Scheduled call missed"));
        assertEquals(0, new BigDecimal("0.99").compareTo(request.getJsonNumber("fee_charged").bigDecimalValue()));
        assertEquals(FUNDS - 99, LedgerBalances.customerAvailableCents(customerId), "only the connect fee kept");
        assertEquals(79, LedgerBalances.operatorEarningsCents(operatorId), "the operator's share of it");
    }

    @Test
    void customersWaitingForAnOperatorAreCalledInOrderWhenTheyAreFreeAndASkippedOneGoesLast() throws Exception {
        assertEquals(200, operator.put("api/operator/availability", "{\"availability\": \"offline\"}").status());
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(61)));
        ApiClient second = caller();
        ApiClient third = caller();
        String skipped = waiting(customer);
        String next = waiting(second);
        String last = waiting(third);
        assertEquals(List.of(skipped, next, last), line());

        assertEquals(200, operator.post("api/call-requests/" + skipped + "/skip", "{}").status());
        assertEquals(List.of(next, last, skipped), line(), "skipped to the back");
        assertEquals(200, operator.put("api/operator/availability", "{\"availability\": \"online\"}").status());

        JsonObject first = closed(second, next);
        JsonObject then = closed(third, last);
        JsonObject finally_ = closed(customer, skipped);
        for (JsonObject request : List.of(first, then, finally_)) {
            assertEquals("completed", request.getString("status"), request.toString());
        }
        assertTrue(placedAt(second, first).isBefore(placedAt(third, then))
                && placedAt(third, then).isBefore(placedAt(customer, finally_)), "called in the line's order");
        assertEquals(FUNDS - 897, LedgerBalances.customerAvailableCents(customerId), "a 2-minute call, like any");
        assertTrue(line().isEmpty());
    }

    @Test
    void aCustomerInLineWhoMissesIsRungAgainAtTheNextFreeMomentThenIsANoShowWhileTheLineMovesOn() throws Exception {
        assertEquals(200, operator.put("api/operator/availability", "{\"availability\": \"offline\"}").status());
        pbx.script(phone, CallScript.recorded("contract/g4-customer-busy"));
        ApiClient next = caller();
        String missed = waiting(customer);
        String after = waiting(next);

        assertEquals(200, operator.put("api/operator/availability", "{\"availability\": \"online\"}").status());

        JsonObject noShow = closed(customer, missed);
        assertEquals("customer_no_show", noShow.getString("close_reason"), noShow.toString());
        assertEquals(2, pbx.actionsReceived().stream().filter(a -> "Originate".equalsIgnoreCase(a.get("action"))
                && a.get("channel").contains(phone)).count(), "rung twice");
        assertEquals(FUNDS - 99, LedgerBalances.customerAvailableCents(customerId), "the connect fee of the last miss");
        assertEquals("completed", closed(next, after).getString("status"), "the line moved on");
    }

    /** Another customer with funds and a confirmed phone whose calls talk for 61 s. */
    private ApiClient caller() throws Exception {
        ApiClient caller = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        assertEquals(200, caller.login(email, TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, TestAccounts.idOf(email), FUNDS);
        String number = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(caller, number);
        pbx.script(number, CallScript.bridged(Duration.ofSeconds(61)));
        return caller;
    }

    private String waiting(ApiClient who) {
        ApiClient.Reply reply = who.post("api/call-requests", Prices.callRequest(who, operatorId)
                .add("kind", "when_free").add("duration_minutes", 10).add("time_zone", "UTC")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("request_id");
    }

    private List<String> line() {
        return operator.get("api/call-requests/line").json().getJsonArray("requests").getValuesAs(JsonObject.class)
                .stream().map(request -> request.getString("request_id")).toList();
    }

    private static Instant placedAt(ApiClient who, JsonObject request) {
        return Instant.parse(who.get("api/calls/status?call_id=" + request.getString("call_id")).json()
                .getString("requested_at"));
    }

    /** Booked by the customer and accepted by the operator; retried while the lead-time setting is still cached. */
    private String bookedAndAccepted(Instant at, int minutes) {
        String body = Prices.callRequest(customer, operatorId).add("start_at", at.toString())
                .add("duration_minutes", minutes).add("time_zone", "UTC")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString();
        Eventually.await(Duration.ofSeconds(15), "the booking", () -> customer.post("api/call-requests", body)
                .status() == 200);
        String id = customer.post("api/call-requests", body).json().getString("request_id");
        ApiClient.Reply accepted = operator.post("api/call-requests/" + id + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    private JsonObject closed(String id) {
        return closed(customer, id);
    }

    private static JsonObject closed(ApiClient who, String id) {
        Eventually.await(Duration.ofSeconds(120), "request " + id + " closed",
                () -> who.get("api/call-requests/" + id).json().containsKey("closed_at"));
        return who.get("api/call-requests/" + id).json();
    }

    private static boolean notified(ApiClient who, String title) {
        return who.get("api/notifications").json().getJsonArray("notifications").getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("title").equals(title));
    }
}
