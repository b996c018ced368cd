package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.CcbillSimulator;
import com.aeims.testsupport.CcbillSimulator.Delivery;
import com.aeims.testsupport.CcbillSimulator.Sale;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credit bought through CCBill on the production-mode server, CCBill played by {@link CcbillSimulator}: only the
 * sale's webhook credits, once; forged and mismatched webhooks change nothing; refunds and voids take
 * the pack back, whatever order they arrive in (chargebacks: {@link ChargebackIT}).
 */
class CcbillPaymentsIT extends AeimsIT {

    private ApiClient customer;
    private long customerId;

    @BeforeEach
    void customer() throws Exception {
        CcbillSimulator.register(baseUri());
        customer = new ApiClient(baseUri());
        assertEquals(200, customer.login(TestAccounts.registerCustomer(new ApiClient(baseUri())),
                TestAccounts.PASSWORD).status());
        customerId = customer.get("api/auth/me").json().getJsonObject("account").getJsonNumber("account_id")
                .longValue();
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    @Test
    void aPackIsCreditedOnlyWhenCcbillConfirmsTheSaleAndOnlyOnceHoweverOftenItSaysSo() throws Exception {
        assertTrue(customer.get("api/funds/packs").json().getBoolean("sells_credit"));
        String key = UUID.randomUUID().toString();
        JsonObject started = customer.post("api/funds", buy("regular", key)).json();
        assertEquals("pending", started.getString("status"), started.toString());
        String checkoutUrl = started.getString("checkout_url");
        assertTrue(checkoutUrl.startsWith(CcbillSimulator.formBase()), checkoutUrl);
        assertNull(CcbillSimulator.formProblem(checkoutUrl), "CCBill shows the form for the signed price");
        assertEquals(checkoutUrl, customer.post("api/funds", buy("regular", key)).json().getString("checkout_url"),
                "the same key gives the same checkout");

        assertEquals(200, customer.confirmedAdult().get("customer/funds.xhtml?payment=approved").status());
        assertBalance("0.00", "the return from the form alone credits nothing");

        Sale sale = CcbillSimulator.pay(checkoutUrl, true);
        assertEquals(200, sale.webhookStatus(), sale.webhookReply());
        assertTrue(sale.webhookReply().contains("\"applied\""), sale.webhookReply());
        assertBalance("26.00", "$25 and its $1 bonus");
        JsonObject purchase = customer.get("api/funds/purchases").json().getJsonArray("purchases").getJsonObject(0);
        assertEquals("succeeded", purchase.getString("status"));
        assertEquals(started.getString("checkout_id"), purchase.getString("checkout_id"));

        Delivery replay = CcbillSimulator.deliver("NewSaleSuccess", saleFields(sale, "25.00"),
                CcbillSimulator.CCBILL_ADDRESS);
        assertEquals(200, replay.status(), replay.body());
        assertBalance("26.00", "a repeated sale credits nothing more");
        assertEquals(1, count("SELECT count(*) FROM ledger_posting WHERE kind = 'ADD_FUNDS' AND idempotency_key = ?",
                "funds:ccbill:" + sale.transactionId()));
    }

    @Test
    void forgedOrMismatchedWebhooksAreRefusedAndChangeNothing() throws Exception {
        String checkoutUrl = customer.post("api/funds", buy("regular", UUID.randomUUID().toString())).json()
                .getString("checkout_url");
        String checkout = checkoutUrl.substring(checkoutUrl.indexOf("orderRef=") + 9);
        Sale genuine = new Sale("0117240199000000001", "0117240199000000001", checkout, "25.00", 0, "");

        Delivery fromElsewhere = CcbillSimulator.deliver("NewSaleSuccess", saleFields(genuine, "25.00"),
                "203.0.113.50");
        Map<String, String> badDigest = saleFields(genuine, "25.00");
        badDigest.put("dynamicPricingValidationDigest", "0".repeat(32));
        Delivery forgedDigest = CcbillSimulator.deliver("NewSaleSuccess", badDigest, CcbillSimulator.CCBILL_ADDRESS);
        Map<String, String> otherAccount = saleFields(genuine, "25.00");
        otherAccount.put("clientSubacc", "0099");
        Delivery forOtherAccount = CcbillSimulator.deliver("NewSaleSuccess", otherAccount,
                CcbillSimulator.CCBILL_ADDRESS);
        Delivery cheaper = CcbillSimulator.deliver("NewSaleSuccess", saleFields(genuine, "10.00"),
                CcbillSimulator.CCBILL_ADDRESS);
        Sale unknown = new Sale("0117240199000000002", "0117240199000000002", UUID.randomUUID().toString(),
                "25.00", 0, "");
        Delivery unknownCheckout = CcbillSimulator.deliver("NewSaleSuccess", saleFields(unknown, "25.00"),
                CcbillSimulator.CCBILL_ADDRESS);

        for (Delivery untrusted : List.of(fromElsewhere, forgedDigest, forOtherAccount)) {
            assertEquals(403, untrusted.status(), untrusted.body());
            assertTrue(untrusted.body().contains("NOTIFICATION_UNTRUSTED"), untrusted.body());
        }
        for (Delivery mismatched : List.of(cheaper, unknownCheckout)) {
            assertEquals(422, mismatched.status(), mismatched.body());
            assertTrue(mismatched.body().contains("NOTIFICATION_REJECTED"), mismatched.body());
        }
        assertBalance("0.00", "nothing credited");
        assertEquals("pending", customer.get("api/funds/purchases").json().getJsonArray("purchases")
                .getJsonObject(0).getString("status"));
        assertEquals(0, count("SELECT count(*) FROM payment_event WHERE checkout_id = CAST(? AS UUID)"
                + " AND outcome <> 'REJECTED'", checkout), "only the mismatch is on record, as rejected");
        Delivery malformed = CcbillSimulator.deliver("Refund", Map.of("transactionId", "1", "amount", "ten",
                "currencyCode", "840"), CcbillSimulator.CCBILL_ADDRESS);
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.body().contains("\"amount\""), malformed.body());
    }

    @Test
    void aDeclinedCardSaysWhyAndTheSameFormCanStillBePaid() {
        String checkoutUrl = customer.post("api/funds", buy("starter", UUID.randomUUID().toString())).json()
                .getString("checkout_url");

        Sale declined = CcbillSimulator.pay(checkoutUrl, false);
        assertEquals(200, declined.webhookStatus(), declined.webhookReply());
        JsonObject purchase = customer.get("api/funds/purchases").json().getJsonArray("purchases").getJsonObject(0);
        assertEquals("failed", purchase.getString("status"));
        assertEquals("Do not honor (BE-103)", purchase.getString("reason"));
        assertBalance("0.00", "a failed sale credits nothing");

        Sale paid = CcbillSimulator.pay(checkoutUrl, true);
        assertEquals(200, paid.webhookStatus(), paid.webhookReply());
        assertBalance("10.00", "the second card paid");
    }

    @Test
    void aRefundTakesTheWholePackBackAndAVoidOfTheSameSaleTakesNothingMore() throws Exception {
        Sale sale = paidPack("regular");
        assertBalance("26.00", "bought");

        Delivery refund = CcbillSimulator.refund(sale, "25.00");
        assertEquals(200, refund.status(), refund.body());
        assertBalance("0.00", "price and bonus taken back");
        assertEquals("refunded", latestPurchaseStatus());
        assertEquals(200, CcbillSimulator.refund(sale, "25.00").status(), "a repeated refund is received");
        Delivery thenVoid = CcbillSimulator.voidSale(sale);
        assertEquals(200, thenVoid.status(), thenVoid.body());
        assertTrue(thenVoid.body().contains("\"ignored\""), thenVoid.body());
        assertBalance("0.00", "nothing taken twice");
        assertEquals(1, count("SELECT count(*) FROM ledger_posting WHERE kind = 'REFUND' AND reference = ?",
                sale.transactionId()));
    }

    @Test
    void aRefundAfterPartOfThePackWasSpentTakesWhatIsLeftAndBooksTheRestAsTheLoss() throws Exception {
        Sale sale = paidPack("regular");
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(new ApiClient(baseUri()), "ADMIN"),
                TestAccounts.PASSWORD).status());
        assertEquals(200, admin.post("api/admin/money/adjustments", Json.createObjectBuilder()
                .add("customer_id", customerId).add("amount_cents", -2000).add("reason", "spent")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString()).status());
        long lossBefore = paymentLoss();

        Delivery refund = CcbillSimulator.refund(sale, "25.00");

        assertEquals(200, refund.status(), refund.body());
        assertBalance("0.00", "the $6.00 left is taken back, and never more");
        assertEquals(-1900, paymentLoss() - lossBefore, "the $19.00 of the price already spent is the loss");
        assertEquals("refunded", latestPurchaseStatus());
        assertEquals(1, count("SELECT count(*) FROM ledger_posting WHERE kind = 'REFUND' AND reference = ?",
                sale.transactionId()));
    }

    @Test
    void aRefundThatArrivesBeforeItsSaleWaitsAndIsTakenWithTheSale() throws Exception {
        String checkoutUrl = customer.post("api/funds", buy("plus", UUID.randomUUID().toString())).json()
                .getString("checkout_url");
        String checkout = checkoutUrl.substring(checkoutUrl.indexOf("orderRef=") + 9);
        String transaction = "0117240198" + String.format("%09d", customerId);
        Sale sale = new Sale(transaction, transaction, checkout, "50.00", 0, "");

        Delivery early = CcbillSimulator.refund(sale, "25.00");
        assertEquals(200, early.status(), early.body());
        assertTrue(early.body().contains("\"waiting\""), early.body());
        Delivery saleArrives = CcbillSimulator.deliver("NewSaleSuccess", saleFields(sale, "50.00"),
                CcbillSimulator.CCBILL_ADDRESS);

        assertEquals(200, saleArrives.status(), saleArrives.body());
        assertBalance("27.50", "$55.00 credited, then half the price and half the bonus taken back");
        assertEquals("succeeded", latestPurchaseStatus(), "half of it stands");
    }

    private Sale paidPack(String pack) {
        String checkoutUrl = customer.post("api/funds", buy(pack, UUID.randomUUID().toString())).json()
                .getString("checkout_url");
        Sale sale = CcbillSimulator.pay(checkoutUrl, true);
        assertEquals(200, sale.webhookStatus(), sale.webhookReply());
        return sale;
    }

    private static Map<String, String> saleFields(Sale sale, String price) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transactionId", sale.transactionId());
        fields.put("subscriptionId", sale.subscriptionId());
        fields.put("billedInitialPrice", price);
        fields.put("billedCurrencyCode", "840");
        fields.put("dynamicPricingValidationDigest", CcbillSimulator.saleDigest(sale.subscriptionId()));
        fields.put("X-orderRef", sale.checkoutId());
        return fields;
    }

    private String latestPurchaseStatus() {
        return customer.get("api/funds/purchases").json().getJsonArray("purchases").getJsonObject(0)
                .getString("status");
    }

    private void assertBalance(String dollars, String why) {
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()
                .compareTo(new BigDecimal(dollars)), why);
    }

    private static long paymentLoss() throws SQLException {
        return count("SELECT coalesce(sum(" + LedgerInvariants.BALANCE + "), 0) FROM ledger_account a"
                + " WHERE a.kind = ?", "PAYMENT_LOSS");
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String buy(String pack, String key) {
        return Json.createObjectBuilder().add("pack", pack).add("idempotency_key", key).build().toString();
    }
}
