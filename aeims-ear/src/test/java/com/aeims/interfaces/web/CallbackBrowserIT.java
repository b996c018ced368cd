package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.OperatorHours;
import com.aeims.testsupport.People;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A booked callback in two browsers: the customer books the soonest start on the operator's profile (about two and a
 * half minutes ahead), the operator accepts it on their requests page, the simulated Asterisk rings the customer at
 * the time, and the call's summary is what the ledger took. $3.99 a minute, $0.99 to connect.
 */
class CallbackBrowserIT extends BrowserIT {

    private static final LocatorAssertions.HasTextOptions WITHIN_FIVE_MINUTES =
            new LocatorAssertions.HasTextOptions().setTimeout(Duration.ofMinutes(5).toMillis());

    @Test
    void aCustomerBooksTheSoonestStartTheOperatorAcceptsAndTheCallHappensOnTimeAndCostsWhatItSays() throws Exception {
        People.Person booker = People.customer(baseUri(), People.demoAdmin(baseUri()), 30_00);
        String email = booker.email();
        ApiClient customerApi = booker.api();
        String phone = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(customerApi, phone);
        SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(61)));
        People.Person callee = People.callableOperator(baseUri());
        long operatorId = callee.id();
        String operatorEmail = callee.email();
        ApiClient operatorApi = callee.api();
        OperatorHours.aroundNow(operatorApi);

        Page customer = browser.newAdult();
        Browser.logIn(customer, email, TestAccounts.PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        customer.navigate("profile.xhtml?id=" + operatorId);
        customer.selectOption("#booking\\:duration_minutes", "5");
        assertThat(customer.locator("#booking-cost")).hasText("$20.94");
        String start = customer.locator("#booking\\:start_at option").first().getAttribute("value");
        Instant at = Instant.parse(start);
        assertTrue(at.isBefore(Instant.now().plus(Duration.ofMinutes(4))), "the soonest start: " + at);
        customer.selectOption("#booking\\:start_at", start);
        customer.click("#booking\\:book");
        assertThat(customer.locator(".booking-done")).containsText("$20.94 is set aside");
        Browser.screenshot(customer, "callback-booked");

        Page operator = browser.newPerson();
        Browser.logIn(operator, operatorEmail, TestAccounts.PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        operator.click(".dashboard-requests");
        operator.waitForURL("**/operator/requests.xhtml");
        assertThat(operator.locator("#booked .request-status").first()).hasText("Waiting for the operator");
        operator.locator("#booked .accept-request").first().click();
        assertThat(operator.locator("#booked .request-status").first()).hasText("Accepted");
        Browser.screenshot(operator, "callback-accepted");

        customer.navigate("customer/requests.xhtml");
        assertThat(customer.locator(".request-status").first()).hasText("Accepted");
        assertThat(customer.locator(".request-status").first()).hasText("Completed", WITHIN_FIVE_MINUTES);
        Browser.screenshot(customer, "callback-completed");

        JsonSummary call = JsonSummary.latest(customerApi);
        assertTrue(!call.placed().isBefore(at.minusSeconds(2)) && call.placed().isBefore(at.plusSeconds(20)),
                "placed at " + call.placed() + " for " + at);
        assertEquals(0, new BigDecimal("8.97").compareTo(call.charged()), "0.99 + 2 minutes at 3.99");
        assertEquals(0, new BigDecimal("21.03").compareTo(
                customerApi.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()), "what the ledger took");
        customer.navigate("customer/calls.xhtml");
        assertThat(customer.locator(".call-history tbody tr").first()).containsText("$8.97");
    }

    @Test
    void anOperatorSetsTheirHoursOnTheirOwnClockAndBadHoursAreSaidNextToTheForm() throws Exception {
        long operatorId = TestAccounts.createCallableOperator(new ApiClient(baseUri()));
        String operatorEmail = TestAccounts.emailOf(operatorId);
        Page operator = browser.newPerson();
        Browser.logIn(operator, operatorEmail, TestAccounts.PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        operator.click(".dashboard-calendar");
        operator.waitForURL("**/operator/calendar.xhtml");

        operator.fill("#calendar\\:time_zone", "America/New_York");
        operator.click("#calendar\\:add");
        operator.locator(".calendar-block select").first().selectOption("SUNDAY");
        operator.locator(".calendar-block input[type=time]").nth(0).fill("19:00");
        operator.locator(".calendar-block input[type=time]").nth(1).fill("21:00");
        operator.click("#calendar\\:add");
        operator.locator(".calendar-block select").nth(1).selectOption("SUNDAY");
        operator.locator(".calendar-block input[type=time]").nth(2).fill("20:00");
        operator.locator(".calendar-block input[type=time]").nth(3).fill("22:00");
        operator.click("#calendar\\:save");
        assertThat(operator.locator("#calendar .field-error")).containsText("overlaps");
        operator.locator(".calendar-block button").nth(1).click();
        operator.click("#calendar\\:save");
        assertThat(operator.locator("#calendar")).containsText("Your hours are saved");
        Browser.screenshot(operator, "operator-hours");

        ApiClient api = new ApiClient(baseUri());
        assertEquals(200, api.login(operatorEmail, TestAccounts.PASSWORD).status());
        var calendar = api.get("api/operator/calendar").json();
        assertEquals("America/New_York", calendar.getString("time_zone"));
        assertEquals("{\"weekday\":\"sunday\",\"starts\":\"19:00\",\"ends\":\"21:00\"}",
                calendar.getJsonArray("slots").getJsonObject(0).toString());
    }

    /** The customer's latest call as the API shows it. */
    private record JsonSummary(Instant placed, BigDecimal charged) {

        static JsonSummary latest(ApiClient customer) {
            var call = customer.get("api/calls?limit=1").json().getJsonArray("calls").getJsonObject(0);
            return new JsonSummary(Instant.parse(call.getString("requested_at")),
                    call.getJsonNumber("charged").bigDecimalValue());
        }
    }
}
