package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class AdminBrowserIT extends BrowserIT {

    private Page admin() {
        Page admin = browser.newPerson();
        Browser.logIn(admin, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        admin.waitForURL("**/admin/operators.xhtml");
        return admin;
    }

    @Test
    void anAdminRebrandsASiteAndCustomersSeeTheNewTagline() {
        Page admin = admin();
        admin.navigate("admin/sites.xhtml");
        admin.locator("tr", new Page.LocatorOptions().setHasText("nycflirts.com")).locator("button").click();
        admin.fill("#site\\:primaryColor", "not-a-color");
        admin.click("#site\\:save");
        assertThat(admin.locator(".field:has(#site\\:primaryColor) .field-error")).containsText("#c2185b");

        admin.fill("#site\\:primaryColor", "#1b5e20");
        admin.fill("#site\\:tagline", "Greener nights in the city");
        admin.click("#site\\:save");
        assertThat(admin.locator(".ui-messages")).containsText("Site saved");
        assertThat(admin.locator("#list")).containsText("#1b5e20");
        Browser.screenshot(admin, "admin-sites");

        Page customer = browser.newAdult();
        customer.navigate("index.xhtml?site=nycflirts");
        assertThat(customer.locator(".brand-footer")).containsText("Greener nights in the city");
        assertThat(customer.locator(".brand-header")).hasCSS("background-color", "rgb(27, 94, 32)");
    }

    @Test
    void anAdminMovesAnOperatorToAnotherSiteAndChangesTheShare() {
        Page admin = admin();
        Locator row = admin.locator("#operators tr", new Page.LocatorOptions().setHasText("Luna Vega"));
        row.locator("a", new Locator.LocatorOptions().setHasText("Edit")).click();
        admin.waitForURL("**/admin/operator.xhtml?id=*");
        admin.fill("#operator\\:operatorSharePercent", "75");
        admin.locator("label", new Page.LocatorOptions().setHasText("Flirts NYC")).click();
        admin.click("#operator\\:save");
        assertThat(admin.locator(".ui-messages")).containsText("Operator saved");
        Browser.screenshot(admin, "admin-operator");

        admin.navigate("admin/operators.xhtml");
        Locator luna = admin.locator("#operators tr", new Page.LocatorOptions().setHasText("Luna Vega"));
        assertThat(luna).containsText("75%");
        assertThat(luna).containsText("Flirts NYC");

        Page customer = browser.newAdult();
        customer.navigate("operators.xhtml?site=flirts-nyc");
        customer.fill("#search\\:text", "Luna");
        customer.click("#search\\:apply");
        assertThat(customer.locator(".operator-card .operator-name")).hasText(new String[] {"Luna Vega"});
    }

    @Test
    void aCustomerLogsInOnThePageAndOutAgain() {
        Page customer = browser.newAdult();
        Browser.logIn(customer, DemoData.CUSTOMER_EMAIL, "wrong-password-1");
        assertThat(customer.locator(".field:has(#login\\:email) ~ .field .field-error, #login .field-error"))
                .containsText("Invalid email or password");
        Browser.logIn(customer, DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        assertThat(customer.locator("h1")).hasText("Hello, Demo Customer");
        customer.click(".logout-form button");
        customer.waitForURL("**/index.xhtml");
        assertThat(customer.locator(".nav-login")).isVisible();
        customer.navigate("customer/dashboard.xhtml");
        assertThat(customer.locator("h1")).hasText("Log in");
    }
}
