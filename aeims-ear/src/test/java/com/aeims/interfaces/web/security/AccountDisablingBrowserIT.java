package com.aeims.interfaces.web.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.PushSocket;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An admin disables an operator: their open pages' websockets close and their sessions end at once, not later. */
class AccountDisablingBrowserIT extends BrowserIT {

    @Test
    void disablingAnOperatorClosesTheirOpenWebsocketsAndEndsTheirSessionAtOnce() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String email = TestAccounts.createStaff(setup, "OPERATOR");
        long operatorId = TestAccounts.idOf(email);
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(email, TestAccounts.PASSWORD).status());
        try (PushSocket toasts = PushSocket.open(baseUri(), operator, "operator/dashboard.xhtml", "notifications");
             PushSocket calls = PushSocket.open(baseUri(), operator, "operator/dashboard.xhtml", "calls")) {
            Page admin = browser.newPerson();
            Browser.logIn(admin, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
            admin.waitForURL("**/admin/operators.xhtml");
            admin.navigate("admin/operator.xhtml?id=" + operatorId);
            admin.click("#operator\\:enabled .ui-chkbox-box");
            admin.click("#operator\\:save");
            assertThat(admin.locator(".ui-messages")).containsText("Operator saved");

            Eventually.await(Duration.ofSeconds(10), "the operator's websockets are closed by the server",
                    () -> toasts.isClosed() && calls.isClosed());
            admin.navigate("admin/operators.xhtml");
            assertThat(admin).hasURL(java.util.regex.Pattern.compile(".*/admin/operators\\.xhtml"));
        }
        ApiClient.Reply after = operator.get("api/auth/me");
        assertEquals(401, after.status(), after.body());
        assertEquals("NOT_AUTHENTICATED", after.json().getString("code"), "the session itself ended");
    }
}
