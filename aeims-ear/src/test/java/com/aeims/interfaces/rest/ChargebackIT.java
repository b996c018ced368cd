package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.CcbillSimulator;
import com.aeims.testsupport.CcbillSimulator.Delivery;
import com.aeims.testsupport.CcbillSimulator.Sale;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A chargeback on the production-mode server: the pack is taken back as far as the balance allows, the rest booked
 * as the platform's loss, and the customer frozen: their call hung up, their session ended, no new spending until
 * an admin lifts the freeze with a reason.
 */
class ChargebackIT extends PaidCallIT {

    @Test
    void aChargebackFreezesTheCustomerHangsUpTheirCallEndsTheirSessionAndRefusesNewSpending() throws Exception {
        CcbillSimulator.register(baseUri());
        Sale sale = CcbillSimulator.pay(customer.post("api/funds", Json.createObjectBuilder().add("pack", "regular")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString()).json()
                .getString("checkout_url"), true);
        assertEquals(200, sale.webhookStatus(), sale.webhookReply());
        String callId = startCall(CallScript.bridgedUntilEnded());
        talkForTwoSeconds(callId);

        Delivery chargeback = CcbillSimulator.chargeback(sale, "25.00");

        assertEquals(200, chargeback.status(), chargeback.body());
        assertEquals(2500, returnedToTheCardIssuer(sale.transactionId()), "what the card got back is all accounted");
        Eventually.await(Duration.ofSeconds(20), "the session ended",
                () -> customer.get("api/auth/me").status() == 401);
        ApiClient again = new ApiClient(baseUri());
        assertEquals(200, again.login(customerEmail, TestAccounts.PASSWORD).status());
        Eventually.await(Duration.ofSeconds(30), "the call hung up and settled",
                () -> again.get("api/calls/status?call_id=" + callId).json().getBoolean("settled"));
        assertFrozen(again.post("api/calls/initiate", Prices.callRequest(again, operatorId)
                .add("customer_phone", phone).build().toString()));
        assertFrozen(message(again));
        assertTrue(again.confirmedAdult().get("customer/dashboard.xhtml").body().contains("frozen-notice"));

        Eventually.await(Duration.ofSeconds(30), "what the call held taken back once it ended",
                () -> cents(listed(), "awaiting_call") == 0);
        JsonObject listed = listed();
        assertTrue(listed.getBoolean("frozen"));
        assertEquals(2500, cents(listed, "charged_back"));
        long spent = cents(listed, "spent_since_purchase");
        assertTrue(spent > 0, listed.toString());
        assertEquals(Math.max(0, spent - 100), cents(listed, "loss"), "lost: only what the call spent beyond the bonus");
        assertEquals(Math.max(0, 100 - spent), again.get("api/balance").json().getJsonNumber("balance")
                .bigDecimalValue().movePointRight(2).longValueExact(), "what is left of the bonus stays");
        assertTrue(admin.get("admin/money.xhtml").body().contains(customerEmail), "the money desk lists it");

        ApiClient.Reply noReason = admin.post("api/admin/chargebacks/unfreezes", Json.createObjectBuilder()
                .add("customer_id", customerId).build().toString());
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(200, admin.post("api/admin/chargebacks/unfreezes", Json.createObjectBuilder()
                .add("customer_id", customerId).add("reason", "dispute won").build().toString()).status());
        ApiClient.Reply twice = admin.post("api/admin/chargebacks/unfreezes", Json.createObjectBuilder()
                .add("customer_id", customerId).add("reason", "again").build().toString());
        assertEquals("NOT_FROZEN", twice.json().getString("code"), twice.body());
        credit(500);
        assertEquals(200, message(again).status(), "spending again once the freeze is lifted");
    }

    @Test
    void whereOperatorsBearChargebacksTheLossIsTakenFromTheEarningsOfTheOperatorTheCustomerPaid() throws Exception {
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        try {
            moneySettings(1, 15);
            Eventually.await(Duration.ofSeconds(20), "the server read the new money settings",
                    () -> operator.get("api/operator/earnings").json().getInt("reserve_days") == 15);
            CcbillSimulator.register(baseUri());
            Sale sale = CcbillSimulator.pay(customer.post("api/funds", Json.createObjectBuilder()
                    .add("pack", "starter").add("idempotency_key", UUID.randomUUID().toString()).build().toString())
                    .json().getString("checkout_url"), true);
            settled(startCall(CallScript.bridged(Duration.ofSeconds(2))));
            long earned = operatorEarningsCents();
            long spent = 1000 - balanceCents();
            assertTrue(earned > 0 && spent > earned, "earned " + earned + " of " + spent);
            JsonObject earnings = operator.get("api/operator/earnings").json();
            assertEquals(0, earnings.getJsonNumber("payable").bigDecimalValue().signum(), "all of it in reserve");
            long lossBefore = paymentLoss();

            assertEquals(200, CcbillSimulator.chargeback(sale, "10.00").status());

            assertEquals(0, operatorEarningsCents(), "the operator's earnings from the customer taken back");
            assertEquals(-(spent - earned), paymentLoss() - lossBefore, "the platform loses only its own share");
        } finally {
            moneySettings(0, 14);
            // so no test after this one sees operators bearing chargebacks
            Eventually.await(Duration.ofSeconds(20), "the server read the money settings back",
                    () -> operator.get("api/operator/earnings").json().getInt("reserve_days") == 14);
        }
    }

    private static void moneySettings(int operatorsBear, int reserveDays) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE money_setting SET value = CASE name WHEN 'chargebacks_borne_by_operators' THEN ? ELSE ? END"
                        + " WHERE name IN ('chargebacks_borne_by_operators', 'payout_reserve_days')")) {
            update.setInt(1, operatorsBear);
            update.setInt(2, reserveDays);
            assertEquals(2, update.executeUpdate());
        }
    }

    private static long paymentLoss() throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); ResultSet row = db.createStatement().executeQuery(
                "SELECT coalesce(sum(" + LedgerInvariants.BALANCE + "), 0) FROM ledger_account a"
                        + " WHERE a.kind = 'PAYMENT_LOSS'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private JsonObject listed() {
        return admin.get("api/admin/chargebacks").json().getJsonArray("chargebacks").stream()
                .map(JsonObject.class::cast).filter(c -> c.getJsonNumber("customer_id").longValue() == customerId)
                .findFirst().orElseThrow();
    }

    private static long cents(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue().movePointRight(2).longValueExact();
    }

    private ApiClient.Reply message(ApiClient from) {
        return from.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                .add("message_text", "hello").add("message_type", "chat")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
    }

    private static void assertFrozen(ApiClient.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertEquals("ACCOUNT_FROZEN", reply.json().getString("code"));
    }

    private static long returnedToTheCardIssuer(String transactionId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT coalesce(sum(t.amount_cents), 0) FROM ledger_posting l JOIN ledger_transfer t"
                        + " ON t.posting_id = l.id JOIN ledger_account a ON a.id = t.credit_account_id"
                        + " WHERE l.kind = 'CHARGEBACK' AND l.reference = ? AND a.kind = 'EXTERNAL_FUNDING'")) {
            query.setString(1, transactionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
