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
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payout runs on the production-mode server: a run per period however often it is opened, only earnings past the
 * reserve, each operator paid once, the approved run's mass-payment file, and a payout sent back returning to the
 * operator's earnings.
 */
class PayoutRunIT extends AeimsIT {

    private static final AtomicInteger PAST_WEEKS = new AtomicInteger();

    private ApiClient admin;
    private ApiClient customer;
    private long customerId;

    @BeforeEach
    void people() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        TestAccounts.credit(admin, customerId, 20_000);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    @Test
    void aRunIsOpenedOncePerPeriodPaysEachOperatorPastTheReserveOnceAndListsThemInItsFile() throws Exception {
        Operator paid = operatorWhoEarned52Dollars(true);
        Operator withoutAccount = operatorWhoEarned52Dollars(true);
        Operator recent = operatorWhoEarned52Dollars(false);
        assertEquals(200, paid.client.put("api/operator/payout-account",
                "{\"payout_email\": \"" + paid.payoutEmail + "\"}").status());
        assertEquals(400, withoutAccount.client.put("api/operator/payout-account",
                "{\"payout_email\": \"not an email\"}").status());
        String day = somePastDay();

        Set<Long> opened = openConcurrently(day);

        assertEquals(1, opened.size(), "one run for the period: " + opened);
        long runId = opened.iterator().next();
        List<JsonObject> items = items(runId, paid, withoutAccount, recent);
        assertEquals(2, items.size(), "the operator whose earnings are all in reserve is not proposed: " + items);
        items.forEach(item -> assertEquals(0, item.getJsonNumber("proposed").bigDecimalValue().compareTo(
                new BigDecimal("52.00")), item.toString()));
        ApiClient.Reply tooEarly = admin.get("api/admin/payout-runs/" + runId + "/payments.csv");
        assertEquals(400, tooEarly.status(), tooEarly.body());

        assertEquals(200, admin.post("api/admin/payout-runs/" + runId + "/approve", "").status());
        assertEquals(200, admin.post("api/admin/payout-runs/" + runId + "/approve", "").status());
        assertEquals(200, admin.post("api/admin/payout-runs", "{\"day\": \"" + day + "\"}").status());

        List<JsonObject> after = items(runId, paid, withoutAccount, recent);
        assertEquals(Set.of("paid", "skipped"), after.stream().map(i -> i.getString("status")).collect(Collectors.toSet()));
        assertEquals(0, LedgerBalances.operatorEarningsCents(paid.id), "paid once, all of it");
        assertEquals(5200, LedgerBalances.operatorEarningsCents(withoutAccount.id), "no payout account: not paid");
        assertEquals(5200, LedgerBalances.operatorEarningsCents(recent.id), "in reserve: not paid");
        String file = admin.get("api/admin/payout-runs/" + runId + "/payments.csv").body();
        assertTrue(file.contains(paid.payoutEmail + ",52.00,USD,AEIMS-R" + runId + "-O" + paid.id + ",AEIMS earnings\r\n"),
                file);
        assertFalse(file.contains("@example.org,"), "only paid operators are in the file: " + file);
        assertTrue(paid.client.confirmedAdult().get("operator/dashboard.xhtml").body()
                .contains("AEIMS-R" + runId + "-O" + paid.id));
    }

    @Test
    void aPayoutTheProcessorSendsBackReturnsToTheOperatorsEarningsOnce() throws Exception {
        Operator operator = operatorWhoEarned52Dollars(true);
        assertEquals(200, operator.client.put("api/operator/payout-account",
                "{\"payout_email\": \"" + operator.payoutEmail + "\"}").status());
        long runId = admin.post("api/admin/payout-runs", "{\"day\": \"" + somePastDay() + "\"}").json()
                .getJsonObject("run").getJsonNumber("run_id").longValue();
        admin.post("api/admin/payout-runs/" + runId + "/approve", "");
        long itemId = items(runId, operator).get(0).getJsonNumber("item_id").longValue();

        ApiClient.Reply noReason = admin.post("api/admin/payout-runs/items/" + itemId + "/returned", "{}");
        ApiClient.Reply returned = admin.post("api/admin/payout-runs/items/" + itemId + "/returned",
                "{\"reason\": \"account closed at the processor\"}");
        ApiClient.Reply twice = admin.post("api/admin/payout-runs/items/" + itemId + "/returned",
                "{\"reason\": \"again\"}");

        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(200, returned.status(), returned.body());
        assertEquals(400, twice.status(), twice.body());
        assertEquals(5200, LedgerBalances.operatorEarningsCents(operator.id), "back in the earnings, once");
        assertEquals("returned", items(runId, operator).get(0).getString("status"));
        assertTrue(operator.client.confirmedAdult().get("operator/dashboard.xhtml").body()
                .contains("Returned to your earnings"));
    }

    private record Operator(long id, ApiClient client, String payoutEmail) {
    }

    /** An operator paid $52 for 13 messages at $5, fifteen days ago (past the reserve) or just now. */
    private Operator operatorWhoEarned52Dollars(boolean longAgo) throws Exception {
        String email = TestAccounts.createStaff(new ApiClient(baseUri()), "OPERATOR", "flirts-nyc");
        long id = TestAccounts.idOf(email);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement price = db.prepareStatement(
                "UPDATE operator SET message_price_cents = 500 WHERE account_id = ?")) {
            price.setLong(1, id);
            price.executeUpdate();
        }
        for (int i = 0; i < 13; i++) {
            ApiClient.Reply sent = customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", id)
                    .add("message_text", "hello " + i).add("message_type", "chat")
                    .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
            assertEquals(200, sent.status(), sent.body());
        }
        assertEquals(5200, LedgerBalances.operatorEarningsCents(id));
        if (longAgo) {
            try (Connection db = EmbeddedDatabase.connect(); PreparedStatement backdate = db.prepareStatement(
                    "UPDATE charge SET created_at = now() - interval '15 days' WHERE operator_id = ?")) {
                backdate.setLong(1, id);
                assertEquals(13, backdate.executeUpdate());
            }
        }
        ApiClient client = new ApiClient(baseUri());
        assertEquals(200, client.login(email, TestAccounts.PASSWORD).status());
        return new Operator(id, client, "payee-" + id + "@paxum.example");
    }

    /** The run opened by eight admins' requests at once for the day's period, as timers on several nodes might. */
    private Set<Long> openConcurrently(String day) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> opens = IntStream.range(0, 8).<Callable<Long>>mapToObj(i -> () -> {
                ApiClient.Reply reply = admin.post("api/admin/payout-runs", "{\"day\": \"" + day + "\"}");
                assertEquals(200, reply.status(), reply.body());
                return reply.json().getJsonObject("run").getJsonNumber("run_id").longValue();
            }).toList();
            Set<Long> ids = new HashSet<>();
            for (Future<Long> id : pool.invokeAll(opens)) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<JsonObject> items(long runId, Operator... operators) {
        Set<Long> ids = Arrays.stream(operators).map(Operator::id).collect(Collectors.toSet());
        ApiClient.Reply reply = admin.get("api/admin/payout-runs/" + runId);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(item -> ids.contains(item.getJsonNumber("operator_id").longValue())).toList();
    }

    /** A period of its own in the past, so no other test's run is this one. */
    private static String somePastDay() {
        return LocalDate.of(2001, 1, 1).plusWeeks(PAST_WEEKS.incrementAndGet()).toString();
    }
}
