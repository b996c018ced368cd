package com.aeims.interfaces.web.money;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An admin opens this period's payout run, approves it and downloads the mass-payment file, in Chromium. The operator
 * is on no site, so the site listings other browser tests count stay as the demo made them.
 */
class PayoutRunBrowserIT extends BrowserIT {

    @Test
    void anAdminApprovesAPayoutRunAndDownloadsItsFile() throws Exception {
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        String operatorEmail = TestAccounts.createStaff(new ApiClient(baseUri()), "OPERATOR");
        long operatorId = TestAccounts.idOf(operatorEmail);
        earned52DollarsFifteenDaysAgo(admin, operatorId);
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
        String payee = "payee-" + operatorId + "@paxum.example";
        assertEquals(200, operator.put("api/operator/payout-account", "{\"payout_email\": \"" + payee + "\"}").status());

        Page page = browser.newPerson();
        Browser.logIn(page, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        page.navigate("admin/money.xhtml");
        page.click("#runs\\:open");
        assertThat(page.locator("#runs\\:item-list")).containsText("$52.00");
        page.locator("#runs\\:list tbody tr").first().locator("button:has-text('Approve and pay')").click();
        assertThat(page.locator(".ui-messages")).containsText("approved");
        assertThat(page.locator("#runs\\:item-list")).containsText(payee);
        Browser.screenshot(page, "payout-run-approved");

        Download file = page.waitForDownload(() -> page.locator("#runs\\:list tbody tr").first()
                .locator("a:has-text('Download file')").click());

        String csv = Files.readString(file.path());
        assertTrue(csv.contains(payee + ",52.00,USD,AEIMS-R"), csv);
        assertEquals(0, LedgerBalances.operatorEarningsCents(operatorId), "paid out");
    }

    /** $52 for 13 messages at $5 from a customer, dated past the 14-day reserve. */
    private void earned52DollarsFifteenDaysAgo(ApiClient admin, long operatorId) throws Exception {
        String customerEmail = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        TestAccounts.credit(admin, TestAccounts.idOf(customerEmail), 10_000);
        ApiClient customer = new ApiClient(baseUri());
        assertEquals(200, customer.login(customerEmail, TestAccounts.PASSWORD).status());
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement price = db.prepareStatement(
                "UPDATE operator SET message_price_cents = 500 WHERE account_id = ?")) {
            price.setLong(1, operatorId);
            price.executeUpdate();
        }
        for (int i = 0; i < 13; i++) {
            assertEquals(200, customer.post("api/messages/send", Json.createObjectBuilder()
                    .add("operator_id", operatorId).add("message_text", "hi " + i).add("message_type", "chat")
                    .add("idempotency_key", UUID.randomUUID().toString()).build().toString()).status());
        }
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement backdate = db.prepareStatement(
                "UPDATE charge SET created_at = now() - interval '15 days' WHERE operator_id = ?")) {
            backdate.setLong(1, operatorId);
            assertEquals(13, backdate.executeUpdate());
        }
    }
}
