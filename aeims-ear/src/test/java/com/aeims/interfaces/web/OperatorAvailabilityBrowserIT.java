package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

class OperatorAvailabilityBrowserIT extends BrowserIT {

    @Test
    void anOperatorWhoGoesOnlineIsShownOnlineToCustomers() {
        Page customer = browser.newAdult();
        customer.navigate("operators.xhtml?site=flirts-nyc");
        customer.fill("#search\\:text", "Emma Chen");
        customer.click("#search\\:apply");
        Locator emma = customer.locator(".operator-card", new Page.LocatorOptions().setHasText("Emma Chen"));
        assertThat(emma.locator(".status")).hasText("Offline");

        Page operator = browser.newPerson();
        Browser.logIn(operator, "emma.chen@example.com", DemoData.OPERATOR_PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        assertThat(operator.locator("#availability-state")).hasText("Offline");
        operator.click("#availability\\:goOnline");
        assertThat(operator.locator("#availability-state")).hasText("Online");
        Browser.screenshot(operator, "operator-dashboard-online");

        customer.reload();
        customer.fill("#search\\:text", "Emma Chen");
        customer.click("#search\\:apply");
        // the search re-renders the results by ajax: wait for it, or the click below may land on a replaced card
        customer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(emma.locator(".status")).hasText("Online");
        emma.locator("a.button").click();
        assertThat(customer.locator(".profile .status")).hasText("Online");
        Browser.screenshot(customer, "profile-online");

        operator.click("#availability\\:goOffline");
        assertThat(operator.locator("#availability-state")).hasText("Offline");
    }

    @Test
    void anOperatorCannotSaveARateOutsideThePlatformLimits() {
        Page operator = browser.newPerson();
        Browser.logIn(operator, "grace.thompson@example.com", DemoData.OPERATOR_PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        operator.fill("#profile\\:ratePerMinuteCents", "45.00");
        operator.click("#profile\\:save");
        assertThat(operator.locator("#profile .field-error").first()).containsText("Must be between");
        operator.fill("#profile\\:ratePerMinuteCents", "4.25");
        operator.click("#profile\\:save");
        assertThat(operator.locator(".ui-messages")).containsText("Profile saved");
        assertThat(operator.locator("#profile\\:ratePerMinuteCents")).hasValue("4.25");
    }
}
