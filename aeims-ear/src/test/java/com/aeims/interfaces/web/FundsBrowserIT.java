package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.CcbillSimulator;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Buying credit in Chromium through CCBill's hosted form (the simulator's): a declined card says why, a paid pack
 * reaches the balance when CCBill's webhook does, and the statement and its CSV show it.
 */
class FundsBrowserIT extends BrowserIT {

    @Test
    void aCustomerPaysOnTheHostedFormSeesTheBalanceAfterTheWebhookAndTheStatementLine() throws Exception {
        CcbillSimulator.register(baseUri());
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        Page page = browser.newAdult();
        Browser.logIn(page, email, TestAccounts.PASSWORD);
        page.waitForURL("**/customer/dashboard.xhtml");
        assertThat(page.locator("#balance")).hasText("$0.00");

        page.click("text=Add funds");
        page.waitForURL("**/customer/funds.xhtml");
        assertThat(page.locator("#funds\\:card")).hasCount(0);
        page.locator("label", new Page.LocatorOptions().setHasText("$25 regular")).click();
        page.click("#funds\\:buy");
        page.waitForURL(CcbillSimulator.formBase() + "**");
        assertThat(page.locator("h1")).hasText("Pay $25.00");
        page.check("input[value='0002']");
        page.click("#pay");
        page.waitForURL("**/customer/funds.xhtml?payment=denied*");
        assertThat(page.locator("#payment-returned")).containsText("did not go through");
        assertThat(page.locator("#purchase-list .purchase-status").first()).hasText("Not completed");
        assertThat(page.locator("#purchase-list")).containsText("Do not honor");
        assertThat(page.locator("#balance")).hasText("$0.00");

        page.locator("label", new Page.LocatorOptions().setHasText("$25 regular")).click();
        page.click("#funds\\:buy");
        page.waitForURL(CcbillSimulator.formBase() + "**");
        page.click("#pay");
        page.waitForURL("**/customer/funds.xhtml?payment=approved*");
        assertThat(page.locator("#payment-returned")).containsText("as soon as the payment service confirms");
        assertThat(page.locator("#purchase-list .purchase-status").first()).hasText("Credited");
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
