package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Buying credit in demo mode, where the sandbox payment service sells it (in the browser and through the API). */
class FundsBrowserIT extends BrowserIT {

    @Test
    void inDemoModeTheSandboxDeclinesOrCreditsAPackOncePerKeyThroughTheApi() {
        ApiClient customer = new ApiClient(baseUri());
        assertEquals(200, customer.login(TestAccounts.registerCustomer(new ApiClient(baseUri())),
                TestAccounts.PASSWORD).status());
        assertTrue(customer.get("api/funds/packs").json().getBoolean("sells_credit"));

        ApiClient.Reply declined = customer.post("api/funds", funds("starter", "sandbox-card-declined",
                UUID.randomUUID().toString()));
        assertEquals(402, declined.status(), declined.body());
        assertEquals("PAYMENT_DECLINED", declined.json().getString("code"));

        String key = UUID.randomUUID().toString();
        JsonObject added = customer.post("api/funds", funds("regular", "sandbox-visa-approve", key)).json();
        assertEquals(0, added.getJsonNumber("credited").bigDecimalValue().compareTo(new BigDecimal("26.00")));
        assertTrue(customer.post("api/funds", funds("regular", "sandbox-visa-approve", key)).json()
                .getBoolean("replayed"));
        assertEquals(0, customer.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()
                .compareTo(new BigDecimal("26.00")), "the pack once");
        assertEquals(409, customer.post("api/funds", funds("plus", "sandbox-visa-approve", key)).status());
    }

    private static String funds(String pack, String token, String key) {
        return Json.createObjectBuilder().add("pack", pack).add("payment_token", token).add("idempotency_key", key)
                .build().toString();
    }

    @Test
    void aCustomerAddsFundsSeesTheBalanceAndTheStatementLineAndExportsCsv() throws Exception {
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        Page page = browser.newAdult();
        Browser.logIn(page, email, TestAccounts.PASSWORD);
        page.waitForURL("**/customer/dashboard.xhtml");
        assertThat(page.locator("#balance")).hasText("$0.00");

        page.click("text=Add funds");
        page.waitForURL("**/customer/funds.xhtml");
        page.locator("label", new Page.LocatorOptions().setHasText("$25 regular")).click();
        page.selectOption("#funds\\:card", "sandbox-card-declined");
        page.click("#funds\\:buy");
        assertThat(page.locator(".field:has(#funds\\:card) .field-error")).containsText("declined");
        assertThat(page.locator("#balance")).hasText("$0.00");

        page.locator("label", new Page.LocatorOptions().setHasText("$25 regular")).click();
        page.selectOption("#funds\\:card", "sandbox-visa-approve");
        page.click("#funds\\:buy");
        assertThat(page.locator(".ui-messages")).containsText("Added $26.00");
        assertThat(page.locator("#balance")).hasText("$26.00");
        Browser.screenshot(page, "funds-added");

        page.navigate("customer/statement.xhtml");
        assertThat(page.locator("#statement\\:lines tbody tr")).hasCount(1);
        assertThat(page.locator("#statement\\:lines tbody tr")).containsText("Funds added");
        assertThat(page.locator("#statement\\:lines tbody tr")).containsText("$26.00");
        Browser.screenshot(page, "statement");

        Download download = page.waitForDownload(() -> page.click("#statement\\:csv"));
        List<String> csv = Files.readAllLines(download.path());
        assertTrue(csv.get(0).contains("Date") && csv.get(0).contains("Balance"), csv.toString());
        assertTrue(csv.stream().anyMatch(line -> line.contains("Funds added") && line.contains("$26.00")),
                csv.toString());

        page.navigate("customer/dashboard.xhtml");
        assertThat(page.locator("#balance")).hasText("$26.00");
    }
}
