package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.OperatorHours;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.ServerSettings;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.TwilioMock;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prepaid callbacks over the API, with the money after every step: a request holds the connect fee and every minute
 * asked for, the operator accepts, declines or proposes another time, the customer takes it or cancels (free until an
 * hour before, then the connect fee, split as a call's would be), and a request nobody acted on lapses and gives its
 * hold back. Default prices: $3.99 a minute, $0.99 to connect, 80% to the operator.
 */
class CallRequestIT extends AeimsIT {

    private static final long FUNDS = 100_00;
    private static final long FIFTEEN_MINUTES = 99 + 15 * 399;

    private ApiClient customer;
    private long customerId;
    private ApiClient operator;
    private long operatorId;
    private String operatorPhone;

    @BeforeEach
    void customerAndOperatorWithHoursAroundNow() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        operatorId = TestAccounts.createCallableOperator(setup);
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        OperatorHours.aroundNow(operator);
        customerId = newCustomer();
        customer = loggedIn(customerId);
        operatorPhone = phoneOf(operatorId);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    @Test
    void aRequestHoldsTheFeeAndEveryMinuteOnceAndTellsTheOperatorWhoMayDeclineIt() throws Exception {
        String key = UUID.randomUUID().toString();

        ApiClient.Reply asked = request(customer, inHours(3), 15, key);
        ApiClient.Reply again = request(customer, inHours(3), 15, key);

        assertEquals(200, asked.status(), asked.body());
        JsonObject request = asked.json();
        assertEquals("pending", request.getString("status"));
        assertEquals("60.84", request.getJsonNumber("held").bigDecimalValue().toPlainString());
        assertEquals(request.getString("request_id"), again.json().getString("request_id"), "the retry is the same");
        assertEquals(FUNDS - FIFTEEN_MINUTES, LedgerBalances.customerAvailableCents(customerId), "held once");
        String id = request.getString("request_id");
        JsonObject seenByOperator = operator.get("api/call-requests/" + id).json();
        assertEquals("pending", seenByOperator.getString("status"));
        assertEquals(Instant.parse(seenByOperator.getString("scheduled_at"))
                .atZone(ZoneId.of(seenByOperator.getString("time_zone"))).toLocalDateTime().toString(),
                seenByOperator.getString("local_scheduled_at"), "on the operator's own clock");
        assertTrue(notified(operator, "Call request"), "the operator is told");
        assertEquals(404, loggedIn(newCustomer()).get("api/call-requests/" + id).status(), "another's is not found");

        ApiClient.Reply declined = operator.post("api/call-requests/" + id + "/decline", "{}");

        assertEquals(200, declined.status(), declined.body());
        assertEquals("declined", declined.json().getString("close_reason"));
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId), "everything back");
        assertTrue(notified(customer, "Call request declined"));
        assertEquals(409, customer.post("api/call-requests/" + id + "/cancel", "{}").status(), "closed once");
    }

    @Test
    void cancellingAnAcceptedCallInTimeGivesEverythingBack() throws Exception {
        String id = request(customer, inHours(3), 15, UUID.randomUUID().toString()).json().getString("request_id");

        ApiClient.Reply accepted = operator.post("api/call-requests/" + id + "/accept", "{}");

        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("accepted", accepted.json().getString("status"));
        assertTrue(notified(customer, "Call accepted"));
        JsonObject cancelled = customer.post("api/call-requests/" + id + "/cancel", "{}").json();
        assertEquals("customer_cancelled", cancelled.getString("close_reason"), cancelled.toString());
        assertEquals("0.00", cancelled.getJsonNumber("fee_charged").bigDecimalValue().toPlainString());
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
        assertEquals(0, LedgerBalances.operatorEarningsCents(operatorId));
        assertTrue(notified(operator, "Call request cancelled"));
    }

    @Test
    void cancellingWithinTheHourBeforeTheCallCostsTheConnectFeeSplitWithTheOperator() throws Exception {
        String id = request(customer, inMinutes(20), 15, UUID.randomUUID().toString()).json()
                .getString("request_id");
        assertEquals(200, operator.post("api/call-requests/" + id + "/accept", "{}").status());

        ApiClient.Reply cancelled = customer.post("api/call-requests/" + id + "/cancel", "{}");

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("late_cancel", cancelled.json().getString("close_reason"));
        assertEquals("0.99", cancelled.json().getJsonNumber("fee_charged").bigDecimalValue().toPlainString());
        assertEquals(FUNDS - 99, LedgerBalances.customerAvailableCents(customerId), "only the fee kept");
        assertEquals(79, LedgerBalances.operatorEarningsCents(operatorId), "80% of 99 cents, rounded down");
        assertEquals(1, count("SELECT count(*) FROM charge WHERE kind = 'CALLBACK' AND customer_id = ?", customerId));
    }

    @Test
    void aProposedTimeBecomesTheCallWhenTheCustomerTakesItAndTheHoldLastsForIt() throws Exception {
        String id = request(customer, inHours(3), 15, UUID.randomUUID().toString()).json().getString("request_id");
        Instant later = inHours(4);

        ApiClient.Reply proposed = operator.post("api/call-requests/" + id + "/propose",
                "{\"start_at\": \"" + later + "\"}");

        assertEquals(200, proposed.status(), proposed.body());
        assertTrue(proposed.json().getBoolean("awaits_customer"));
        assertEquals(409, operator.post("api/call-requests/" + id + "/accept", "{}").status(), "the customer's turn");
        assertTrue(notified(customer, "Another time proposed"));
        JsonObject taken = customer.post("api/call-requests/" + id + "/accept-proposal", "{}").json();
        assertEquals("accepted", taken.getString("status"), taken.toString());
        assertEquals(later, Instant.parse(taken.getString("scheduled_at")));
        assertTrue(holdExpiresAfter(id, later.plus(Duration.ofMinutes(15))), "the hold outlives the new time");
        assertTrue(notified(operator, "Call accepted"));

        JsonObject withdrawn = operator.post("api/call-requests/" + id + "/decline", "{}").json();

        assertEquals("operator_cancelled", withdrawn.getString("close_reason"), withdrawn.toString());
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
    }

    @Test
    void aTimeTheOperatorAcceptedForOneCustomerCannotBeAcceptedForAnother() throws Exception {
        ApiClient other = loggedIn(newCustomer());
        Instant at = inHours(4);
        String first = requestId(request(customer, at, 20, UUID.randomUUID().toString()));
        String second = requestId(request(other, at.plus(Duration.ofMinutes(15)), 15, UUID.randomUUID().toString()));
        assertEquals(200, operator.post("api/call-requests/" + first + "/accept", "{}").status());

        ApiClient.Reply overlapping = operator.post("api/call-requests/" + second + "/accept", "{}");

        assertEquals(409, overlapping.status(), overlapping.body());
        assertEquals("SLOT_TAKEN", overlapping.json().getString("code"));
        assertEquals("pending", operator.get("api/call-requests/" + second).json().getString("status"));
    }

    @Test
    void badTimesUnaffordableCallsAndOldPricesAreRefusedAndHoldNothing() throws Exception {
        Instant evening = inHours(24).plus(Duration.ofHours(8));
        long poorId = newCustomer();
        ApiClient poor = loggedIn(poorId, 5_00);

        ApiClient.Reply outside = request(customer, evening, 15, UUID.randomUUID().toString());
        ApiClient.Reply tooSoon = request(customer, inMinutes(1), 15, UUID.randomUUID().toString());
        ApiClient.Reply noMinutes = request(customer, inHours(3), 0, UUID.randomUUID().toString());
        ApiClient.Reply noZone = customer.post("api/call-requests", body(customer, inHours(3), 15,
                UUID.randomUUID().toString()).replace("UTC", "Mars/Olympus"));
        ApiClient.Reply unaffordable = request(poor, inHours(3), 15, UUID.randomUUID().toString());
        ApiClient.Reply oldPrice = customer.post("api/call-requests", body(customer, inHours(3), 15,
                UUID.randomUUID().toString()).replace("\"rate_per_minute_cents\":399", "\"rate_per_minute_cents\":299"));
        ApiClient.Reply whileFree = customer.post("api/call-requests", Prices.callRequest(customer, operatorId)
                .add("kind", "when_free").add("duration_minutes", 10).add("time_zone", "UTC")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());

        assertEquals(400, outside.status(), outside.body());
        assertEquals("OUTSIDE_HOURS", outside.json().getString("code"));
        assertEquals(400, tooSoon.status(), tooSoon.body());
        assertTrue(tooSoon.json().getJsonObject("fields").containsKey("start_at"));
        assertEquals(400, noMinutes.status());
        assertTrue(noMinutes.json().getJsonObject("fields").containsKey("duration_minutes"));
        assertEquals(400, noZone.status(), noZone.body());
        assertTrue(noZone.json().getJsonObject("fields").containsKey("time_zone"));
        assertEquals(402, unaffordable.status(), unaffordable.body());
        assertEquals("INSUFFICIENT_FUNDS", unaffordable.json().getString("code"));
        assertEquals(409, oldPrice.status(), oldPrice.body());
        assertEquals("PRICE_CHANGED", oldPrice.json().getString("code"));
        assertEquals(409, whileFree.status(), whileFree.body());
        assertEquals("OPERATOR_FREE", whileFree.json().getString("code"));
        assertEquals(0, count("SELECT count(*) FROM ledger_hold WHERE customer_id = ?", customerId));
        assertEquals(0, count("SELECT count(*) FROM ledger_hold WHERE customer_id = ?", poorId));
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
    }

    @Test
    void customersWaitingForABusyOperatorStandInLineInTheOrderTheyAsked() throws Exception {
        assertEquals(200, operator.put("api/operator/availability", "{\"availability\": \"offline\"}").status());
        ApiClient second = loggedIn(newCustomer());

        ApiClient.Reply first = waitForFree(customer);
        ApiClient.Reply next = waitForFree(second);
        ApiClient.Reply twice = waitForFree(customer);

        assertEquals(200, first.status(), first.body());
        assertEquals("when_free", first.json().getString("kind"));
        assertEquals(0, first.json().getInt("ahead_in_line"));
        assertEquals(1, next.json().getInt("ahead_in_line"), next.body());
        assertEquals(409, twice.status());
        assertEquals("ALREADY_IN_LINE", twice.json().getString("code"));
        assertEquals(FUNDS - (99 + 10 * 399), LedgerBalances.customerAvailableCents(customerId));
        customer.post("api/call-requests/" + first.json().getString("request_id") + "/cancel", "{}");
        assertEquals(0, second.get("api/call-requests/" + next.json().getString("request_id")).json()
                .getInt("ahead_in_line"), "the next one moves up");
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
    }

    @Test
    void aRequestNobodyDecidedLapsesAtItsTimeAndGivesItsHoldBack() throws Exception {
        String id = request(customer, inHours(3), 15, UUID.randomUUID().toString()).json().getString("request_id");
        execute("UPDATE call_request SET scheduled_at = now() - interval '1 minute' WHERE request_ref = ?", id);

        Eventually.await(Duration.ofSeconds(60), "the request lapsed",
                () -> "expired".equals(customer.get("api/call-requests/" + id).json().getString("status")));

        assertEquals("undecided", customer.get("api/call-requests/" + id).json().getString("close_reason"));
        assertEquals(FUNDS, LedgerBalances.customerAvailableCents(customerId));
        assertTrue(notified(operator, "Call request expired"));
    }

    @Test
    void textsGoOnlyToThoseWhoAskedForThemAndNeverCarryANumber() throws Exception {
        ApiClient.Reply optIn = operator.put("api/notifications/settings", "{\"sms\": true}");
        assertEquals(200, optIn.status(), optIn.body());
        assertTrue(optIn.json().getBoolean("sms"));
        String customerPhone = phoneOf(customerId);

        String id = request(customer, inHours(3), 15, UUID.randomUUID().toString()).json().getString("request_id");
        operator.post("api/call-requests/" + id + "/accept", "{}");

        Eventually.await(Duration.ofSeconds(20), "the operator's text",
                () -> TwilioMock.textsTo(operatorPhone).stream().anyMatch(t -> t.startsWith("Call request")));
        String text = TwilioMock.textsTo(operatorPhone).stream().filter(t -> t.startsWith("Call request"))
                .findFirst().orElseThrow();
        assertTrue(text.contains("15-minute"), text);
        assertFalse(text.contains(customerPhone), "no number in a notice");
        assertTrue(notified(customer, "Call accepted"));
        assertTrue(TwilioMock.textsTo(customerPhone).stream().noneMatch(t -> t.startsWith("Call accepted")),
                "the customer did not ask for texts");
    }

    private static String requestId(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("request_id");
    }

    @Test
    void aCallBookedAcrossAClockChangeKeepsTheOperatorsWallClockTime() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneOffsetTransition change = newYork.getRules().nextTransition(Instant.now().plus(Duration.ofDays(8)));
        LocalDate sunday = change.getDateTimeBefore().toLocalDate();
        ApiClient.Reply hours = operator.put("api/operator/calendar", "{\"time_zone\": \"America/New_York\","
                + " \"slots\": [{\"weekday\": \"sunday\", \"starts\": \"19:00\", \"ends\": \"21:00\"}]}");
        assertEquals(200, hours.status(), hours.body());
        ZonedDateTime before = ZonedDateTime.of(sunday.minusWeeks(1), LocalTime.of(19, 0), newYork);
        ZonedDateTime after = ZonedDateTime.of(sunday, LocalTime.of(19, 0), newYork);
        ServerSettings.money("callback_max_days_ahead", 400);
        try {
            String first = bookedInLondon(before);
            String second = bookedInLondon(after);
            assertEquals(200, operator.post("api/call-requests/" + first + "/accept", "{}").status());
            assertEquals(200, operator.post("api/call-requests/" + second + "/accept", "{}").status());

            JsonObject weekBefore = operator.get("api/call-requests/" + first).json();
            JsonObject dayOf = operator.get("api/call-requests/" + second).json();

            assertEquals(before.toLocalDateTime().toString(), weekBefore.getString("local_scheduled_at"));
            assertEquals(after.toLocalDateTime().toString(), dayOf.getString("local_scheduled_at"), "19:00 again");
            assertEquals(Duration.ofDays(7).minus(change.getDuration()), Duration.between(
                    Instant.parse(weekBefore.getString("scheduled_at")), Instant.parse(dayOf.getString("scheduled_at"))),
                    "an hour less or more in UTC across the change");
            assertEquals(after.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDateTime().toString(),
                    customer.get("api/call-requests/" + second).json().getString("local_scheduled_at"),
                    "the customer reads it on London's clock");
        } finally {
            ServerSettings.money("callback_max_days_ahead", 30);
        }
    }

    /** A request at the time made from London; money settings are cached for seconds, so it is retried until taken. */
    private String bookedInLondon(ZonedDateTime at) {
        String key = UUID.randomUUID().toString();
        String body = Prices.callRequest(customer, operatorId).add("start_at", at.toOffsetDateTime().toString())
                .add("duration_minutes", 5).add("time_zone", "Europe/London").add("idempotency_key", key).build()
                .toString();
        Eventually.await(Duration.ofSeconds(20), "the request at " + at,
                () -> customer.post("api/call-requests", body).status() == 200);
        return customer.post("api/call-requests", body).json().getString("request_id");
    }

    private ApiClient.Reply request(ApiClient who, Instant at, int minutes, String key) {
        return who.post("api/call-requests", body(who, at, minutes, key));
    }

    private String body(ApiClient who, Instant at, int minutes, String key) {
        return Prices.callRequest(who, operatorId).add("start_at", at.toString()).add("duration_minutes", minutes)
                .add("time_zone", "UTC").add("idempotency_key", key).build().toString();
    }

    private ApiClient.Reply waitForFree(ApiClient who) {
        return who.post("api/call-requests", Prices.callRequest(who, operatorId).add("kind", "when_free")
                .add("duration_minutes", 10).add("time_zone", "America/New_York")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
    }

    private static Instant inHours(int hours) {
        return inMinutes(hours * 60);
    }

    private static Instant inMinutes(int minutes) {
        return Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static boolean notified(ApiClient who, String title) {
        return who.get("api/notifications").json().getJsonArray("notifications").getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("title").equals(title) && n.getString("type").equals("call_request"));
    }

    private long newCustomer() throws Exception {
        return TestAccounts.idOf(TestAccounts.registerCustomer(new ApiClient(baseUri())));
    }

    private ApiClient loggedIn(long id) throws Exception {
        return loggedIn(id, FUNDS);
    }

    /** The customer logged in, funded through the admin API, with a confirmed phone. */
    private ApiClient loggedIn(long id, long cents) throws Exception {
        ApiClient client = new ApiClient(baseUri());
        assertEquals(200, client.login(TestAccounts.emailOf(id), TestAccounts.PASSWORD).status());
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(new ApiClient(baseUri()), "ADMIN"),
                TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, id, cents);
        TestAccounts.confirmPhone(client, SimulatedPbx.uniqueNumber());
        return client;
    }

    private static String phoneOf(long accountId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT COALESCE(c.phone_e164, o.phone_e164) FROM account a LEFT JOIN customer c ON c.account_id = a.id"
                        + " LEFT JOIN operator o ON o.account_id = a.id WHERE a.id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private static boolean holdExpiresAfter(String requestRef, Instant at) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT h.expires_at > ? FROM ledger_hold h JOIN call_request r ON r.hold_id = h.id"
                        + " WHERE r.request_ref = ?")) {
            query.setObject(1, at.atOffset(ZoneOffset.UTC));
            query.setString(2, requestRef);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            return TestAccounts.longOf(db, sql, id);
        }
    }

    private static void execute(String sql, String parameter) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, parameter);
            assertEquals(1, update.executeUpdate());
        }
    }
}
