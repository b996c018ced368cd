package com.aeims.interfaces.web.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aeims.domain.model.account.Totp;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Authenticator;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwoStepLoginBrowserIT extends BrowserIT {

    private static void fillLogin(Page page, String email, String code) {
        page.fill("#login\\:email", email);
        page.fill("#login\\:password input, input#login\\:password", TestAccounts.PASSWORD);
        page.fill("#login\\:code", code);
        page.click("#login\\:submit");
    }

    @Test
    void anAdminsFirstLoginSetsUpTheirAuthenticatorAndShowsRecoveryCodesOnce() throws Exception {
        String email = TestAccounts.createStaff(new ApiClient(baseUri()), "ADMIN");
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "DELETE FROM second_factor WHERE account_id = ?")) {
            s.setLong(1, TestAccounts.idOf(email));
            s.executeUpdate();
        }
        Authenticator.forget(email);
        Page admin = browser.newPerson();
        admin.navigate("login.xhtml");
        fillLogin(admin, email, "");
        assertThat(admin.locator("#totp-secret")).isVisible();
        assertThat(admin.locator(".field:has(#login\\:code) .field-error")).containsText("authenticator app");
        Browser.screenshot(admin, "admin-authenticator-setup");
        String secret = admin.locator("#totp-secret").textContent().strip();

        fillLogin(admin, email, Totp.code(secret, Totp.step(Instant.now())));
        assertThat(admin.locator("#recovery-codes li")).hasCount(10);
        Browser.screenshot(admin, "admin-recovery-codes");
        admin.click("#continue");
        admin.waitForURL("**/admin/operators.xhtml");
    }

    @Test
    void anOperatorTurnsTwoStepLoginOnFromTheDashboardAndTheNextLoginAsksForTheCode() throws Exception {
        String email = TestAccounts.createStaff(new ApiClient(baseUri()), "OPERATOR", "flirts-nyc");
        Page operator = browser.newPerson();
        Browser.logIn(operator, email, TestAccounts.PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");
        operator.click("#two-step-form\\:begin");
        String secret = operator.locator("#operator-totp-secret").textContent().strip();
        long step = Totp.step(Instant.now());
        operator.fill("#two-step-form\\:code", Totp.code(secret, step));
        operator.click("#two-step-form\\:confirm");
        assertThat(operator.locator("#two-step-form .recovery-codes li")).hasCount(10);
        assertThat(operator.locator("#two-step-form")).containsText("10 recovery codes left");
        Browser.screenshot(operator, "operator-two-step-on");

        Page again = browser.newPerson();
        again.navigate("login.xhtml");
        fillLogin(again, email, "");
        assertThat(again.locator(".field:has(#login\\:code) .field-error")).containsText("authenticator app");
        fillLogin(again, email, Totp.code(secret, step + 1));
        again.waitForURL("**/operator/dashboard.xhtml");
    }
}
