package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.ResultSet;
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
        Locator row = admin.locator("#operators tr", new Page.LocatorOptions().setHasText("Scarlett Hayes"));
        row.locator("a", new Locator.LocatorOptions().setHasText("Edit")).click();
        admin.waitForURL("**/admin/operator.xhtml?id=*");
        admin.fill("#operator\\:operatorSharePercent", "75");
        // NYC Flirts: the other browser tests compare the Flirts NYC and SexaComms lists
        admin.locator("label", new Page.LocatorOptions().setHasText("NYC Flirts")).click();
        admin.click("#operator\\:save");
        assertThat(admin.locator(".ui-messages")).containsText("Operator saved");
        Browser.screenshot(admin, "admin-operator");

        admin.navigate("admin/operators.xhtml");
        Locator scarlett = admin.locator("#operators tr", new Page.LocatorOptions().setHasText("Scarlett Hayes"));
        assertThat(scarlett).containsText("75%");
        assertThat(scarlett).containsText("NYC Flirts");

        Page customer = browser.newAdult();
        customer.navigate("operators.xhtml?site=nycflirts");
        customer.fill("#search\\:text", "Scarlett");
        customer.click("#search\\:apply");
        assertThat(customer.locator(".operator-card .operator-name")).hasText(new String[] {"Scarlett Hayes"});
    }

    @Test
    void anAdminGrantsCreditWithAReasonAndTheCustomerSeesItOnTheStatement() throws Exception {
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        Page admin = admin();
        admin.navigate("admin/money.xhtml");
        admin.fill("#credit\\:email", email);
        admin.fill("#credit\\:amount_cents", "7.50");
        admin.click("#credit\\:grant");
        assertThat(admin.locator(".field:has(#credit\\:reason) .field-error")).containsText("reason");
        admin.fill("#credit\\:reason", "Sorry about the dropped call");
        admin.click("#credit\\:grant");
        assertThat(admin.locator(".ui-messages")).containsText("Credit granted");
        Browser.screenshot(admin, "admin-money");

        Page customer = browser.newAdult();
        Browser.logIn(customer, email, TestAccounts.PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        assertThat(customer.locator("#balance")).hasText("$7.50");
        customer.navigate("customer/statement.xhtml");
        assertThat(customer.locator("#statement\\:lines tbody tr")).containsText("Sorry about the dropped call");
        try (Connection db = EmbeddedDatabase.connect(); ResultSet audit = db.createStatement().executeQuery(
                "SELECT count(*) FROM money_audit WHERE action = 'GRANT_CREDIT'"
                        + " AND reason = 'Sorry about the dropped call'")) {
            audit.next();
            assertEquals(1, audit.getLong(1));
        }
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
