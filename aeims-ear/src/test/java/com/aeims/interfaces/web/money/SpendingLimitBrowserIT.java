package com.aeims.interfaces.web.money;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A customer sets a daily spending cap in Chromium, and a call beyond it is refused with the reason. */
class SpendingLimitBrowserIT extends BrowserIT {

    private static final String OPERATOR_EMAIL = "olivia.brooks@example.com";

    @Test
    void aCustomerSetsADailyCapAndACallBeyondItIsRefused() throws Exception {
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        TestAccounts.credit(admin, TestAccounts.idOf(email), 2_000);
        ApiClient api = new ApiClient(baseUri());
        assertEquals(200, api.login(email, TestAccounts.PASSWORD).status());
        TestAccounts.confirmPhone(api, SimulatedPbx.uniqueNumber());

        Page page = browser.newAdult();
        Browser.logIn(page, email, TestAccounts.PASSWORD);
        page.waitForURL("**/customer/dashboard.xhtml");
        page.click("text=Spending limits");
        page.waitForURL("**/customer/limits.xhtml");
        page.fill("#limits\\:daily_cents", "1.00");
        page.click("#limits\\:save");
        assertThat(page.locator(".ui-messages")).containsText("Your limits apply now");
        Browser.screenshot(page, "spending-limits");

        page.navigate("profile.xhtml?id=" + TestAccounts.idOf(OPERATOR_EMAIL));
        page.click("#call\\:start");

        assertThat(page.locator("[id$='call-messages']")).containsText("spending limit you set");
        assertEquals(0, api.get("api/calls/active").json().getJsonArray("calls").size(), "no call was placed");
    }
}
