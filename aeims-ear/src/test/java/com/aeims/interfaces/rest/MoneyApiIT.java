package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.CcbillSimulator;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The money API over HTTP, against the real server and PostgreSQL. */
class MoneyApiIT extends AeimsIT {

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
        customerId = customer.get("api/auth/me").json().getJsonObject("account").getJsonNumber("account_id")
                .longValue();
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); ResultSet r = db.createStatement().executeQuery(
                "SELECT coalesce(sum(" + LedgerInvariants.BALANCE + "), 0), count(*) FILTER (WHERE balance_cents < 0)"
                        + " FROM ledger_account a")) {
            r.next();
            assertEquals(0, r.getLong(1), "all accounts sum to zero");
            assertEquals(0, r.getLong(2), "no customer or operator balance below zero");
        }
    }

    private ApiClient.Reply adjust(long cents, String key) {
        return admin.post("api/admin/money/adjustments", Json.createObjectBuilder().add("customer_id", customerId)
                .add("amount_cents", cents).add("reason", "test").add("idempotency_key", key).build().toString());
    }

    private BigDecimal balance() {
        return customer.get("api/balance").json().getJsonNumber("balance").bigDecimalValue();
    }

    @Test
    void twoHundredParallelDebitsOfOneDollarAgainstOneHundredLeaveExactlyZero() throws Exception {
        assertEquals(200, adjust(10_000, UUID.randomUUID().toString()).status());
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Integer>> debits = IntStream.range(0, 200)
                    .<Callable<Integer>>mapToObj(i -> () -> adjust(-100, "debit-" + UUID.randomUUID()).status())
                    .toList();
            List<Integer> statuses = pool.invokeAll(debits).stream().map(MoneyApiIT::get).toList();
            assertEquals(100, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(100, statuses.stream().filter(s -> s == 402).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, balance().compareTo(BigDecimal.ZERO));
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameKeyTwiceMakesOneTransferAndAnotherAmountUnderItIs409() {
        String key = UUID.randomUUID().toString();
        ApiClient.Reply first = adjust(500, key);
        ApiClient.Reply second = adjust(500, key);
        assertEquals(200, second.status());
        assertEquals(first.json().getJsonNumber("posting_id"), second.json().getJsonNumber("posting_id"));
        ApiClient.Reply conflict = adjust(700, key);
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals("IDEMPOTENCY_CONFLICT", conflict.json().getString("code"));
        assertEquals(0, balance().compareTo(new BigDecimal("5.00")));
    }

    @Test
    void badAmountsAndKeysAreRefusedClearlyAndWriteNothing() {
        String key = UUID.randomUUID().toString();
        assertEquals("VALIDATION_FAILED", adjust(0, key).json().getString("code"));
        assertEquals(400, admin.post("api/admin/money/credits", Json.createObjectBuilder()
                .add("customer_id", customerId).add("amount_cents", -5).add("reason", "x")
                .add("idempotency_key", key).build().toString()).status());
        ApiClient.Reply tooMuch = adjust(100_000_01L, key);
        assertEquals(400, tooMuch.status());
        assertEquals("INVALID_AMOUNT", tooMuch.json().getString("code"));
        assertEquals(400, adjust(100, "k".repeat(101)).status());
        ApiClient.Reply unknown = admin.post("api/admin/money/credits", Json.createObjectBuilder()
                .add("customer_id", 987_654_321L).add("amount_cents", 100).add("reason", "x")
                .add("idempotency_key", key).build().toString());
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getJsonObject("fields").containsKey("customer_id"));
        ApiClient.Reply wrongType = admin.post("api/admin/money/credits",
                "{\"customer_id\":\"abc\",\"amount_cents\":1.5,\"idempotency_key\":\"x\"}");
        assertEquals(400, wrongType.status());
        assertEquals(0, balance().compareTo(BigDecimal.ZERO));
        assertEquals(403, customer.post("api/admin/money/credits", "{}").status());
    }

    @Test
    void aServerOutsideDemoModeNeverHonoursTheSandboxsApprovingTokenAndSendsTheCustomerToCcbill() {
        ApiClient.Reply started = customer.post("api/funds", funds("regular", "sandbox-visa-approve",
                UUID.randomUUID().toString()));

        assertEquals(200, started.status(), started.body());
        assertEquals("pending", started.json().getString("status"));
        assertTrue(started.json().getString("checkout_url").startsWith(CcbillSimulator.formBase()));
        assertEquals(0, balance().compareTo(BigDecimal.ZERO), "nothing credited for the token");
        ApiClient.Reply page = customer.confirmedAdult().get("customer/funds.xhtml");
        assertFalse(page.body().contains("sandbox-visa-approve"), "the page offers no test card");
        assertTrue(page.body().contains("Continue to payment"), page.body());
    }

    @Test
    void theBalanceCheckEstimatesTalkTimeFromAvailableFundsAfterTheConnectFee() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        long operatorId = TestAccounts.idOf(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"));
        assertEquals(200, adjust(4500, UUID.randomUUID().toString()).status());
        admin.post("api/admin/money/free-minutes", Json.createObjectBuilder().add("customer_id", customerId)
                .add("operator_id", operatorId).add("minutes", 10).add("expires_at", "2099-01-01T00:00:00Z")
                .add("reason", "welcome").add("idempotency_key", UUID.randomUUID().toString()).build().toString());

        JsonObject check = customer.get("api/balance/check?operator_id=" + operatorId).json();
        assertEquals(0, check.getJsonNumber("balance").bigDecimalValue().compareTo(new BigDecimal("45.00")));
        assertEquals(10, check.getInt("free_minutes"));
        assertEquals(0, check.getJsonNumber("operator_rate").bigDecimalValue().compareTo(new BigDecimal("3.99")));
        JsonObject estimate = check.getJsonObject("estimated_duration");
        assertEquals(10, estimate.getInt("with_free_minutes"));
        assertEquals(11, estimate.getInt("with_paid_balance"), "(45.00 - 0.99) / 3.99 = 11.03");
        assertEquals(21, estimate.getInt("total_minutes"));
        assertEquals(400, customer.get("api/balance/check").status());
        assertEquals(404, customer.get("api/balance/check?operator_id=987654321").status());
    }

    @Test
    void numbersTooLargeForTheirFieldAreRefusedAndGrantNothingInsteadOfWrappingAround() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        long operatorId = TestAccounts.idOf(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"));
        // 2^32 + 5: cast to int it was a grant of 5 minutes
        ApiClient.Reply minutes = admin.post("api/admin/money/free-minutes", Json.createObjectBuilder()
                .add("customer_id", customerId).add("operator_id", operatorId).add("minutes", 4_294_967_301L)
                .add("expires_at", "2099-01-01T00:00:00Z").add("reason", "overflow")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
        ApiClient.Reply operator = admin.post("api/admin/money/free-minutes", Json.createObjectBuilder()
                .add("customer_id", customerId).add("operator_id", 1L << 40).add("minutes", 5)
                .add("expires_at", "2099-01-01T00:00:00Z").add("reason", "overflow")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());

        assertEquals(400, minutes.status(), minutes.body());
        assertEquals("VALIDATION_FAILED", minutes.json().getString("code"));
        assertEquals(400, operator.status(), operator.body());
        assertEquals(0, customer.get("api/balance/check?operator_id=" + operatorId).json().getInt("free_minutes"));
    }

    @Test
    void aStatementHoldsAtMostAThousandLinesAndSaysWhenThereAreMore() throws Exception {
        ExecutorService admins = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> credits = new ArrayList<>();
            for (int i = 0; i < 1_001; i++) {
                credits.add(admins.submit(() -> adjust(1, UUID.randomUUID().toString()).status()));
            }
            for (Future<Integer> credit : credits) {
                assertEquals(200, credit.get());
            }
        } finally {
            admins.shutdownNow();
        }
        JsonObject statement = customer.get("api/statement").json();
        assertEquals(1_000, statement.getJsonArray("lines").size());
        assertTrue(statement.getBoolean("more"), "the oldest line was left out");
        assertEquals(0, new BigDecimal("10.01").compareTo(statement.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("balance").bigDecimalValue()), "newest first, with the running balance");
    }

    @Test
    void reversedOrOverlongDateRangesAre400sNotHeavyQueries() {
        ApiClient.Reply reversed = customer.get("api/statement?from=2026-12-01&to=2026-11-01");
        assertEquals(400, reversed.status(), reversed.body());
        assertTrue(reversed.json().getJsonObject("fields").containsKey("from"));
        assertEquals(400, admin.get("api/admin/money/revenue?from=2026-12-01&to=2026-11-01").status());
        ApiClient.Reply decades = admin.get("api/admin/money/revenue?from=2000-01-01&to=2026-12-01");
        assertEquals(400, decades.status(), decades.body());
        assertTrue(decades.json().getString("error").contains("366 days"), decades.body());
        assertEquals(200, admin.get("api/admin/money/revenue?from=2025-12-07&to=2026-12-07").status(),
                "a year and a day is fine");
    }

    private static String funds(String pack, String token, String key) {
        return Json.createObjectBuilder().add("pack", pack).add("payment_token", token).add("idempotency_key", key)
                .build().toString();
    }
}
