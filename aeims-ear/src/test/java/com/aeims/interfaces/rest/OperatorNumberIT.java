package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Earnings;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.People;
import com.aeims.testsupport.TwilioMock;
import com.aeims.testsupport.TwilioNumbers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators' own numbers through the real Twilio SDK against Prism (Twilio's official description) and the test
 * account's numbers: search, buy with the first month from earnings, give back; a refused purchase, one whose answer
 * was lost, and a number bought for no operator, each left whole by the purchase or the reconciliation.
 */
class OperatorNumberIT extends AeimsIT {

    private static final long LOCAL_FEE = 500;

    private ApiClient admin;
    private ApiClient customer;
    private ApiClient operator;
    private long operatorId;

    @BeforeEach
    void people() throws Exception {
        admin = People.admin(baseUri()).api();
        customer = People.customer(baseUri(), admin, 5_000).api();
        People.Person owner = People.operator(baseUri(), "flirts-nyc");
        operator = owner.api();
        operatorId = owner.id();
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        LedgerInvariants.check();
    }

    @Test
    void anOperatorFindsANumberBuysItWithTheFirstMonthFromEarningsOnceAndGivesItBack() throws Exception {
        earn(800);
        ApiClient.Reply found = operator.get("api/operator/numbers/available?type=local&area_code=212&contains=77");
        assertEquals(200, found.status(), found.body());
        List<JsonObject> offered = found.json().getJsonArray("numbers").getValuesAs(JsonObject.class);
        assertFalse(offered.isEmpty(), found.body());
        offered.forEach(number -> {
            assertTrue(number.getString("phone_number").matches("\\+1212\\d{5}77"), number.toString());
            assertEquals("5.00", number.getJsonNumber("monthly_fee").bigDecimalValue().toPlainString());
        });
        String phone = offered.get(0).getString("phone_number");
        String key = UUID.randomUUID().toString();

        ApiClient.Reply bought = buy(phone, key);
        ApiClient.Reply again = buy(phone, key);

        assertEquals(201, bought.status(), bought.body());
        JsonObject number = bought.json().getJsonObject("number");
        assertEquals("active", number.getString("status"));
        assertTrue(number.containsKey("next_fee_at"), number.toString());
        assertEquals(number.getJsonNumber("number_id"), again.json().getJsonObject("number").getJsonNumber("number_id"),
                "the same key buys once");
        assertEquals(800 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId), "the first month, once");
        TwilioNumbers.Held atTwilio = heldAtTwilio(phone);
        assertTrue(atTwilio.trunkSid().matches("TK[0-9a-f]{32}"), "routed to the platform's trunk: " + atTwilio);
        assertEquals("aeims-number-" + number.getJsonNumber("number_id").longValue(), atTwilio.friendlyName());
        assertEquals(1, TwilioMock.numbersHeld().stream().filter(h -> h.phoneNumber().equals(phone)).count());
        assertTrue(listsNumber(phone));

        ApiClient.Reply released = operator.delete("api/operator/numbers/" + number.getJsonNumber("number_id"));

        assertEquals(200, released.status(), released.body());
        assertEquals("released", released.json().getJsonObject("number").getString("status"));
        assertTrue(TwilioMock.numbersHeld().stream().noneMatch(h -> h.phoneNumber().equals(phone)),
                "Twilio has it back");
        assertEquals(800 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId), "the month paid stays paid");
        assertFalse(listsNumber(phone), "no longer listed");
    }

    @Test
    void aNumberTheEarningsDoNotCoverIsNeitherBoughtNorCharged() throws Exception {
        earn(400);
        String phone = firstOffered("646");

        ApiClient.Reply refused = buy(phone, UUID.randomUUID().toString());

        assertEquals(402, refused.status(), refused.body());
        assertEquals("EARNINGS_NEEDED", refused.json().getString("code"));
        assertEquals(400, LedgerBalances.operatorEarningsCents(operatorId));
        assertTrue(TwilioMock.numbersHeld().stream().noneMatch(h -> h.phoneNumber().equals(phone)),
                "Twilio was never asked");
    }

    @Test
    void aPurchaseTwilioRefusesLeavesNothingBoughtOrCharged() throws Exception {
        earn(800);
        String phone = firstOffered("718");
        TwilioMock.refuseNextPurchase();
        String key = UUID.randomUUID().toString();

        ApiClient.Reply refused = buy(phone, key);

        assertEquals(409, refused.status(), refused.body());
        assertEquals("NUMBER_UNAVAILABLE", refused.json().getString("code"));
        assertEquals(800, LedgerBalances.operatorEarningsCents(operatorId));
        JsonObject listed = only(operator.get("api/operator/numbers").json().getJsonArray("numbers")
                .getValuesAs(JsonObject.class), phone);
        assertEquals("failed", listed.getString("status"));
        assertTrue(listed.getString("failure").contains("refused"), listed.toString());
        assertTrue(TwilioMock.numbersHeld().stream().noneMatch(h -> h.phoneNumber().equals(phone)));
        assertEquals(409, buy(phone, key).status(), "the same purchase asked again: the same answer");
        assertEquals(201, buy(phone, UUID.randomUUID().toString()).status(), "the number can be tried again");
    }

    @Test
    void aPurchaseWhoseFirstAnswerWasLostIsFoundWhenTheSdksSecondTryIsRefusedAndChargedOnce() throws Exception {
        earn(800);
        String phone = firstOffered("347");
        TwilioMock.loseNextPurchaseAnswer();

        ApiClient.Reply bought = buy(phone, UUID.randomUUID().toString());

        assertEquals(201, bought.status(), bought.body());
        assertEquals("active", bought.json().getJsonObject("number").getString("status"));
        assertEquals(800 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId), "the first month, once");
        assertEquals(1, TwilioMock.numbersHeld().stream().filter(h -> h.phoneNumber().equals(phone)).count());
    }

    @Test
    void aPurchaseWhoseAnswerWasLostIsFinishedByTheReconciliationAndChargedOnce() throws Exception {
        earn(800);
        String phone = firstOffered("917");
        TwilioMock.losePurchaseAnswers(true);
        String key = UUID.randomUUID().toString();
        ApiClient.Reply unconfirmed;
        try {
            unconfirmed = buy(phone, key);
        } finally {
            TwilioMock.losePurchaseAnswers(false);
        }

        assertEquals(503, unconfirmed.status(), unconfirmed.body());
        assertEquals("NUMBER_PURCHASE_UNCONFIRMED", unconfirmed.json().getString("code"));
        assertEquals(800, LedgerBalances.operatorEarningsCents(operatorId), "nothing charged while unconfirmed");
        assertEquals("purchasing", listed(phone).getString("status"));
        assertEquals(503, buy(phone, key).status(), "asked again while unconfirmed: still unconfirmed");
        olderThanTheReconciliationWaits(phone);

        reconcile();
        reconcile();

        assertEquals("active", listed(phone).getString("status"));
        assertEquals(800 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId), "the first month, once");
        assertEquals(1, TwilioMock.numbersHeld().stream().filter(h -> h.phoneNumber().equals(phone)).count());
    }

    @Test
    void aNumberTwilioStillHoldsForAFailedPurchaseIsGivenBackAndNumbersNotBoughtHereAreLeftAlone() throws Exception {
        earn(800);
        String phone = firstOffered("213");
        TwilioMock.refuseNextPurchase();
        assertEquals(409, buy(phone, UUID.randomUUID().toString()).status());
        long failedId = listed(phone).getJsonNumber("number_id").longValue();
        // Twilio had sold it after all, and the answer said otherwise
        TwilioNumbers.Held stillAtTwilio = TwilioMock.addNumber(phone, "aeims-number-" + failedId);
        TwilioNumbers.Held anotherDeployments = TwilioMock.addNumber("+13475550" + (100 + (int) (Math.random() * 800)),
                "aeims-number-999999999");
        TwilioNumbers.Held platforms = TwilioMock.addNumber("+18885550199", "AEIMS SMS line");

        reconcile();

        List<String> held = TwilioMock.numbersHeld().stream().map(TwilioNumbers.Held::sid).toList();
        assertFalse(held.contains(stillAtTwilio.sid()), "bought for a purchase that failed here: given back");
        assertTrue(held.contains(anotherDeployments.sid()), "no purchase of that number here: not ours to give back");
        assertTrue(held.contains(platforms.sid()), "not bought for an operator: not ours to give back");
        assertEquals(800, LedgerBalances.operatorEarningsCents(operatorId));
    }

    @Test
    void aNumbersFeeIsRemindedChargedOncePerPeriodSuspendedWhenUnpaidAndReactivatedWhenPaid() throws Exception {
        earn(800);
        long numberId = boughtNumber(firstOffered("332"));
        assertEquals(300, LedgerBalances.operatorEarningsCents(operatorId));

        setColumn(numberId, "paid_until", "now() + interval '2 days'");
        runFeesConcurrently();
        assertEquals(1, notificationsTitled("Number fee due soon"), "one reminder, however many runs");

        setColumn(numberId, "paid_until", "now() - interval '1 minute'");
        runFeesConcurrently();
        assertEquals("active", number(numberId).getString("status"), "in its grace period");
        assertEquals(300, LedgerBalances.operatorEarningsCents(operatorId), "$3.00 does not cover $5.00: nothing taken");
        assertEquals(1, notificationsTitled("Number fee unpaid"));

        setColumn(numberId, "fee_unpaid_since", "now() - interval '8 days'");
        runFeesConcurrently();
        assertEquals("suspended", number(numberId).getString("status"));
        assertEquals(1, notificationsTitled("Number suspended"));
        assertEquals(402, operator.post("api/operator/numbers/" + numberId + "/pay", "{}").status());

        earn(400);
        ApiClient.Reply paid = operator.post("api/operator/numbers/" + numberId + "/pay", "{}");

        assertEquals(200, paid.status(), paid.body());
        assertEquals("active", paid.json().getJsonObject("number").getString("status"), "reactivated");
        assertEquals(700 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId));
        assertEquals(409, operator.post("api/operator/numbers/" + numberId + "/pay", "{}").status(), "nothing due");

        earn(400);
        setColumn(numberId, "paid_until", "now() - interval '1 minute'");
        runFeesConcurrently();
        assertEquals(600 - LOCAL_FEE, LedgerBalances.operatorEarningsCents(operatorId), "month 3, charged once");
        assertEquals(3, feePostings(numberId), "one posting per period paid");
        List<JsonObject> fees = operator.get("api/operator/numbers").json().getJsonArray("fees_paid")
                .getValuesAs(JsonObject.class);
        assertEquals(3, fees.size(), "the operator sees each fee their earnings paid: " + fees);
        assertTrue(fees.get(0).getString("description").contains("month 3"), fees.toString());
        assertEquals("5.00", fees.get(0).getJsonNumber("amount").bigDecimalValue().toPlainString());
    }

    @Test
    void aWaivedNumberRunsFreeAndAnUnpaidSuspendedNumberIsGivenBack() throws Exception {
        earn(800);
        String phone = firstOffered("929");
        long numberId = boughtNumber(phone);
        ApiClient.Reply waived = admin.post("api/admin/numbers/" + numberId + "/waive",
                "{\"waived\": true, \"reason\": \"launch partner\"}");
        assertEquals(200, waived.status(), waived.body());

        setColumn(numberId, "paid_until", "now() - interval '1 minute'");
        runFeesConcurrently();
        assertEquals(300, LedgerBalances.operatorEarningsCents(operatorId), "waived: nothing charged");
        assertTrue(Instant.parse(number(numberId).getString("next_fee_at")).isAfter(Instant.now()), "next month");

        admin.post("api/admin/numbers/" + numberId + "/waive", "{\"waived\": false, \"reason\": \"ended\"}");
        setColumn(numberId, "paid_until", "now() - interval '1 minute'");
        runFeesConcurrently();
        setColumn(numberId, "fee_unpaid_since", "now() - interval '8 days'");
        runFeesConcurrently();
        setColumn(numberId, "suspended_at", "now() - interval '31 days'");
        runFeesConcurrently();
        reconcile();

        assertTrue(TwilioMock.numbersHeld().stream().noneMatch(h -> h.phoneNumber().equals(phone)),
                "given back to Twilio");
        assertFalse(listsNumber(phone), "no longer listed");
        assertEquals(300, LedgerBalances.operatorEarningsCents(operatorId));
    }

    @Test
    void anOperatorSetsTheirNumbersRateWithinTheAllowedRangeAndOnlyTheirs() throws Exception {
        earn(800);
        long numberId = boughtNumber(firstOffered("646"));

        ApiClient.Reply changed = operator.put("api/operator/numbers/" + numberId, "{\"rate_per_minute_cents\": 299}");
        ApiClient.Reply tooDear = operator.put("api/operator/numbers/" + numberId,
                "{\"rate_per_minute_cents\": 5000}");
        ApiClient.Reply notTheirs = People.operator(baseUri(), "flirts-nyc").api()
                .put("api/operator/numbers/" + numberId, "{\"rate_per_minute_cents\": 199}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals("2.99", changed.json().getJsonObject("number").getJsonNumber("rate_per_minute").bigDecimalValue()
                .toPlainString());
        assertField(tooDear, "rate_per_minute_cents");
        assertEquals(404, notTheirs.status(), notTheirs.body());
        assertEquals("2.99", number(numberId).getJsonNumber("rate_per_minute").bigDecimalValue().toPlainString());
    }

    @Test
    void badSearchesAndPurchasesGetFieldErrors() {
        assertField(operator.get("api/operator/numbers/available?type=fax"), "type");
        assertField(operator.get("api/operator/numbers/available?type=local&area_code=12"), "area_code");
        assertField(operator.get("api/operator/numbers/available?type=local&contains=%3B--"), "contains");
        assertField(buy("call me", UUID.randomUUID().toString()), "phone_number");
        assertField(admin.post("api/admin/numbers/1/waive", "{\"waived\": \"false\", \"reason\": \"x\"}"), "waived");
        assertEquals(404, operator.delete("api/operator/numbers/999999999").status());
    }

    private long boughtNumber(String phone) {
        ApiClient.Reply bought = buy(phone, UUID.randomUUID().toString());
        assertEquals(201, bought.status(), bought.body());
        return bought.json().getJsonObject("number").getJsonNumber("number_id").longValue();
    }

    private JsonObject number(long numberId) {
        ApiClient.Reply mine = operator.get("api/operator/numbers");
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("numbers").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("number_id").longValue() == numberId).findFirst()
                .orElseThrow(() -> new AssertionError("no number " + numberId + " in " + mine.body()));
    }

    /** The fee run as two nodes' timers might start it at the same moment. */
    private void runFeesConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(() -> admin.post("api/admin/numbers/fees/run", "{}").status(),
                    () -> admin.post("api/admin/numbers/fees/run", "{}").status());
            for (Future<Integer> status : pool.invokeAll(runs)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long notificationsTitled(String title) {
        return operator.get("api/notifications").json().getJsonArray("notifications").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("title").equals(title)).count();
    }

    private static void setColumn(long numberId, String column, String sqlValue) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE operator_number SET " + column + " = " + sqlValue + " WHERE id = ?")) {
            update.setLong(1, numberId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long feePostings(long numberId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM ledger_posting WHERE idempotency_key LIKE ?")) {
            count.setString(1, "number-fee:" + numberId + ":%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void assertField(ApiClient.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertTrue(reply.body().contains(field), reply.body());
    }

    private ApiClient.Reply buy(String phone, String key) {
        return operator.post("api/operator/numbers", Json.createObjectBuilder().add("phone_number", phone)
                .add("type", "local").add("idempotency_key", key).build().toString());
    }

    private String firstOffered(String areaCode) {
        ApiClient.Reply found = operator.get("api/operator/numbers/available?type=local&area_code=" + areaCode);
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonArray("numbers").getJsonObject(0).getString("phone_number");
    }

    private boolean listsNumber(String phone) {
        return operator.get("api/operator/numbers").json().getJsonArray("numbers").getValuesAs(JsonObject.class)
                .stream().anyMatch(number -> number.getString("phone_number").equals(phone));
    }

    private JsonObject listed(String phone) {
        ApiClient.Reply mine = operator.get("api/operator/numbers");
        assertEquals(200, mine.status(), mine.body());
        return only(mine.json().getJsonArray("numbers").getValuesAs(JsonObject.class), phone);
    }

    private static JsonObject only(List<JsonObject> numbers, String phone) {
        List<JsonObject> matching = numbers.stream().filter(n -> n.getString("phone_number").equals(phone)).toList();
        assertFalse(matching.isEmpty(), "no " + phone + " in " + numbers);
        return matching.get(0);
    }

    private void reconcile() {
        ApiClient.Reply reply = admin.post("api/admin/numbers/reconcile", "{}");
        assertEquals(200, reply.status(), reply.body());
    }

    private static TwilioNumbers.Held heldAtTwilio(String phone) {
        return TwilioMock.numbersHeld().stream().filter(h -> h.phoneNumber().equals(phone)).findFirst()
                .orElseThrow(() -> new AssertionError(phone + " is not in the Twilio account"));
    }

    /** The purchase as if it started minutes ago, past the time the reconciliation leaves a purchase to finish. */
    private static void olderThanTheReconciliationWaits(String phone) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement backdate = db.prepareStatement(
                "UPDATE operator_number SET created_at = created_at - interval '10 minutes' WHERE phone_number = ?"
                        + " AND status = 'PURCHASING'")) {
            backdate.setString(1, phone);
            assertEquals(1, backdate.executeUpdate());
        }
    }

    private void earn(long cents) throws Exception {
        Earnings.fromMessages(customer, operatorId, cents);
    }
}
