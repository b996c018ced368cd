package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.Earnings;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.People;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.TwilioMock;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An operator with $8.00 of earnings finds a local number with 69 in it on their numbers page, buys it (the first
 * month's $5.00 from their earnings, the number at Twilio on the platform's trunk), sees it active and sets its rate;
 * a bad area code is said next to its field, a rate out of range on the page. An admin then waives its fees.
 */
class OperatorNumberBrowserIT extends BrowserIT {

    @Test
    void anOperatorFindsANumberWithTheirDigitsAndBuysItFromTheirEarnings() throws Exception {
        ApiClient admin = People.demoAdmin(baseUri());
        People.Person owner = People.operator(baseUri(), "flirts-nyc");
        long operatorId = owner.id();
        Earnings.fromMessages(People.customer(baseUri(), admin, 20_00).api(), operatorId, 800);

        Page operator = browser.newPerson();
        Browser.logIn(operator, owner.email(), TestAccounts.PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        operator.click(".dashboard-numbers");
        operator.waitForURL("**/operator/numbers.xhtml");
        assertThat(operator.locator("#number-list")).containsText("You have no numbers yet.");

        operator.fill("#search\\:area_code", "12");
        operator.click("#search\\:find-numbers");
        assertThat(operator.locator("#search .field-error")).containsText("three digits");

        operator.fill("#search\\:area_code", "212");
        operator.fill("#search\\:contains", "69");
        operator.click("#search\\:find-numbers");
        String phone = operator.locator(".offer-phone").first().textContent().strip();
        assertTrue(phone.matches("\\+1212\\d{5}69"), phone);
        Browser.screenshot(operator, "numbers-offered");
        operator.locator(".buy-number").first().click();
        operator.click(".ui-confirmdialog-yes");

        assertThat(operator.locator(".number-phone").first()).hasText(phone);
        assertThat(operator.locator(".number-status").first()).hasText("Active");
        assertThat(operator.locator(".fee-list")).containsText("month 1 ($5.00)");
        Browser.screenshot(operator, "number-bought");

        operator.locator(".number-rate").first().fill("50");
        operator.locator(".save-rate").first().click();
        assertThat(operator.locator("#mine .field-error")).containsText("$29.99 a minute");
        operator.locator(".number-rate").first().fill("2.99");
        operator.locator(".save-rate").first().click();
        assertThat(operator.locator("#number-messages")).containsText("now cost $2.99 a minute");
        assertEquals(300, LedgerBalances.operatorEarningsCents(operatorId), "$8.00 less the first month's $5.00");
        assertEquals("2.99", owner.api().get("api/operator/numbers").json().getJsonArray("numbers").getJsonObject(0)
                .getJsonNumber("rate_per_minute").bigDecimalValue().toPlainString());
        assertTrue(TwilioMock.numbersHeld().stream().anyMatch(held -> held.phoneNumber().equals(phone)
                && held.trunkSid() != null), "bought at Twilio on the platform's trunk");

        Page desk = browser.newPerson();
        Browser.logIn(desk, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        desk.waitForURL("**/admin/operators.xhtml");
        desk.navigate("admin/numbers.xhtml");
        desk.locator(".number-fee").first().fill("five dollars");
        desk.fill("#fees\\:reason", "launch partner");
        desk.click("#fees\\:save-fees");
        assertThat(desk.locator("#messages")).containsText("Type each fee in dollars");
        desk.locator("tr", new Page.LocatorOptions().setHasText(phone)).locator("button").click();
        assertThat(desk.locator("#messages")).containsText(phone + ": fees waived.");
        Browser.screenshot(desk, "admin-numbers");
        operator.reload();
        assertThat(operator.locator("#number-list")).containsText("Waived");
    }
}
