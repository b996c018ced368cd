package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.TwilioMock;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A whole paid call from the operator's profile: the customer presses Call, the simulated Asterisk rings them and
 * the operator, the timer and cost run from server pushes, the operator sees the call come in, the customer hangs
 * up and both see the exact result. Olivia Brooks: $4.99 a minute, $0.99 to connect, 80% to her.
 */
class CallBrowserIT extends BrowserIT {

    private static final String OPERATOR_EMAIL = "olivia.brooks@example.com";

    @Test
    void aCustomerCallsFromTheProfileSeesTheCallRunAndPaysExactlyWhatTheSummarySays() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        TestAccounts.credit(admin, TestAccounts.idOf(email), 2_000);
        String phone = SimulatedPbx.uniqueNumber();
        SimulatedPbx.pbx().script(phone, CallScript.bridgedUntilEnded());
        long operatorId = TestAccounts.idOf(OPERATOR_EMAIL);

        Page operator = browser.newPerson();
        Browser.logIn(operator, OPERATOR_EMAIL, DemoData.OPERATOR_PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        BigDecimal earnedBefore = dollars(operator.locator("#earnings-today").textContent());
        assertThat(operator.locator("#active-calls .no-active-calls")).isVisible();

        Page customer = browser.newAdult();
        Browser.logIn(customer, email, TestAccounts.PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        customer.navigate("profile.xhtml?id=" + operatorId);
        assertThat(customer.locator(".call-balance")).hasText("$20.00");
        assertThat(customer.locator(".call-talk-time")).hasText("up to 3 min");
        assertThat(customer.locator("#call\\:start")).isDisabled();
        assertThat(customer.locator(".call-needs-phone")).isVisible();
        customer.fill("#phone-form\\:phone", "not a number");
        customer.click("#phone-form\\:sendCode");
        assertThat(customer.locator("#phone-form .field-error")).containsText("international form");

        customer.fill("#phone-form\\:phone", phone);
        customer.click("#phone-form\\:sendCode");
        customer.fill("#phone-form\\:code", TwilioMock.codeTextedTo(phone));
        customer.click("#phone-form\\:confirmPhone");
        assertThat(customer.locator("#confirmed-phone")).hasText(phone);
        customer.click("#call\\:start");
        assertThat(customer.locator(".active-call .call-status")).hasText("Connected");
        assertThat(customer.locator(".active-call .call-timer")).hasText(Pattern.compile("0:0[2-9]"));
        assertThat(customer.locator(".active-call .call-cost")).hasText("$5.98");
        assertThat(operator.locator("#active-calls .active-call-row .call-party")).hasText("Test Customer");
        assertThat(operator.locator("#active-calls .active-call-row .call-timer")).hasText(Pattern.compile("0:0\\d"));
        Browser.screenshot(customer, "call-in-progress");
        Browser.screenshot(operator, "operator-incoming-call");

        customer.click("#hangup-form\\:hangup");
        assertThat(customer.locator(".summary-charged")).hasText("$5.98");
        assertThat(customer.locator(".call-balance")).hasText("$14.02");
        Browser.screenshot(customer, "call-summary");
        ApiClient api = new ApiClient(baseUri());
        assertEquals(200, api.login(email, TestAccounts.PASSWORD).status());
        assertEquals(0, new BigDecimal("14.02").compareTo(
                api.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()));

        assertThat(operator.locator("#active-calls .no-active-calls")).isVisible();
        assertThat(operator.locator("#earnings-today")).hasText(format(earnedBefore.add(new BigDecimal("4.78"))));
        Browser.screenshot(operator, "operator-after-call");

        customer.navigate("customer/calls.xhtml");
        assertThat(customer.locator(".call-history tbody tr").first()).containsText("Olivia Brooks");
        assertThat(customer.locator(".call-history tbody tr").first()).containsText("$5.98");
    }

    private static BigDecimal dollars(String text) {
        return new BigDecimal(text.replace("$", "").strip());
    }

    private static String format(BigDecimal amount) {
        return "$" + amount.setScale(2).toPlainString();
    }
}
