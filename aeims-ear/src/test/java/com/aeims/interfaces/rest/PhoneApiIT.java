package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.TwilioMock;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A number becomes a customer's or operator's phone only when the code texted to it comes back. */
class PhoneApiIT extends AeimsIT {

    private ApiClient setup;
    private ApiClient customer;
    private long customerId;
    private String number;

    @BeforeEach
    void aCustomerAndANumber() throws Exception {
        setup = new ApiClient(baseUri());
        customer = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        customerId = TestAccounts.idOf(email);
        number = SimulatedPbx.uniqueNumber();
    }

    private static ApiClient.Reply askForCode(ApiClient account, String phone) {
        return account.post("api/phone", Json.createObjectBuilder().add("phone", phone).build().toString());
    }

    private static ApiClient.Reply answer(ApiClient account, String code) {
        return account.post("api/phone/confirm", Json.createObjectBuilder().add("code", code).build().toString());
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void theCodeTextedToANumberMakesItTheCustomersAndOnlyThenDoCallsRingIt() throws Exception {
        long operatorId = TestAccounts.createCallableOperator(setup);
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        TestAccounts.credit(admin, customerId, 2_000);
        SimulatedPbx.pbx().script(number, CallScript.bridged(Duration.ofSeconds(2)));
        String call = Prices.callRequest(customer, operatorId).add("customer_phone", number).build().toString();
        assertError(customer.post("api/calls/initiate", call), 400, "PHONE_NOT_CONFIRMED");

        ApiClient.Reply sent = askForCode(customer, "+1 (" + number.substring(2, 5) + ") "
                + number.substring(5, 8) + "-" + number.substring(8));
        assertEquals(202, sent.status(), sent.body());
        assertEquals(number, sent.json().getString("code_sent_to"), "normalised to E.164");
        assertFalse(sent.json().containsKey("demo_code"), "the code goes only to the phone");
        List<String> texts = TwilioMock.textsTo(number);
        assertEquals(1, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("Flirts NYC code"), "named for the brand the customer knows: " + texts.get(0));
        assertTrue(customer.get("api/phone").json().isNull("phone"), "not the customer's until confirmed");

        String code = TwilioMock.codeTextedTo(number);
        ApiClient.Reply wrong = answer(customer, wrong(code));
        assertError(wrong, 400, "WRONG_CODE");
        assertTrue(wrong.json().getJsonObject("fields").getString("code").contains("4 tries left"), wrong.body());
        ApiClient.Reply confirmed = answer(customer, code);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(number, customer.get("api/phone").json().getString("phone"));
        assertError(answer(customer, code), 400, "NO_CODE");

        ApiClient.Reply started = customer.post("api/calls/initiate", call);
        assertEquals(200, started.status(), started.body());
    }

    @Test
    void aCodeAllowsFiveTriesAndTenMinutes() throws Exception {
        assertEquals(202, askForCode(customer, number).status());
        String code = TwilioMock.codeTextedTo(number);
        for (int i = 0; i < 5; i++) {
            assertError(answer(customer, wrong(code)), 400, "WRONG_CODE");
        }
        assertError(answer(customer, code), 400, "NO_CODE");
        assertTrue(customer.get("api/phone").json().isNull("phone"), "a guessed code confirms nothing");

        assertEquals(202, askForCode(customer, number).status());
        String second = TwilioMock.codeTextedTo(number);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE phone_code SET expires_at = now() - interval '1 second' WHERE account_id = ?")) {
            s.setLong(1, customerId);
            s.executeUpdate();
        }
        assertError(answer(customer, second), 400, "CODE_EXPIRED");
        assertTrue(customer.get("api/phone").json().isNull("phone"));
    }

    @Test
    void noNumberGetsMoreThanFiveCodesADayWhoeverAsks() {
        for (int i = 0; i < 5; i++) {
            assertEquals(202, askForCode(customer, number).status(), "code " + (i + 1));
        }
        assertError(askForCode(customer, number), 429, "TOO_MANY_CODES");
        ApiClient other = new ApiClient(baseUri());
        assertEquals(200, other.login(TestAccounts.registerCustomer(setup), TestAccounts.PASSWORD).status());
        assertError(askForCode(other, number), 429, "TOO_MANY_CODES");
        assertEquals(5, TwilioMock.textsTo(number).size(), "the stranger's phone got five texts at most");
    }

    @Test
    void parallelRequestsFromManyAccountsStillTextANumberFiveTimesAtMost() throws Exception {
        List<ApiClient> strangers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient stranger = new ApiClient(baseUri());
            assertEquals(200, stranger.login(TestAccounts.registerCustomer(setup), TestAccounts.PASSWORD).status());
            strangers.add(stranger);
        }
        ExecutorService burst = Executors.newFixedThreadPool(strangers.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (ApiClient stranger : strangers) {
                statuses.add(burst.submit(() -> askForCode(stranger, number).status()));
            }
            int sent = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get(60, TimeUnit.SECONDS);
                assertTrue(code == 202 || code == 429, "status " + code);
                sent += code == 202 ? 1 : 0;
            }
            assertEquals(5, sent);
            assertEquals(5, TwilioMock.textsTo(number).size());
        } finally {
            burst.shutdownNow();
        }
    }

    @Test
    void numbersThePlatformMayNotTextGetNoCode() {
        assertError(askForCode(customer, "call me"), 400, "INVALID_PHONE");
        ApiClient.Reply abroad = askForCode(customer, "+447700900123");
        assertError(abroad, 400, "DESTINATION_NOT_ALLOWED");
        assertTrue(abroad.json().getJsonObject("fields").getString("phone").contains("+1"), abroad.body());
        assertError(askForCode(customer, "+19005550123"), 400, "DESTINATION_NOT_ALLOWED");
        assertError(answer(customer, "123456"), 400, "NO_CODE");
        assertTrue(TwilioMock.textsTo("+447700900123").isEmpty());
        assertTrue(TwilioMock.textsTo("+19005550123").isEmpty());
    }

    @Test
    void anOperatorConfirmsTheirNumberTheSameWayAndAnAdminHasNone() throws Exception {
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"),
                TestAccounts.PASSWORD).status());
        TestAccounts.confirmPhone(operator, number);
        assertEquals(number, operator.get("api/phone").json().getString("phone"));

        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        assertError(askForCode(admin, SimulatedPbx.uniqueNumber()), 403, "FORBIDDEN");
    }
}
