package com.aeims.interfaces.web.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markup that slips into a page (a script tag, an event handler) is not run: only the page's own scripts, which carry
 * its nonce, are. The page itself keeps working, which every other browser test checks too (none of its scripts may
 * be refused).
 */
class ContentSecurityPolicyBrowserIT extends BrowserIT {

    private static final String INJECT = """
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.injectedScriptRan = true;';
                document.body.appendChild(script);
                const holder = document.createElement('div');
                holder.innerHTML = '<img src="data:," onload="window.injectedHandlerRan = true">';
                document.body.appendChild(holder);
            }""";

    @Test
    void aScriptOrHandlerInjectedIntoAnOperatorsDashboardDoesNotRunWhileTheDashboardWorks() throws Exception {
        String email = TestAccounts.createStaff(new ApiClient(baseUri()), "OPERATOR");
        Page operator = browser.newPerson();
        Browser.logIn(operator, email, TestAccounts.PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");

        operator.evaluate(INJECT);

        List<String> refused = new ArrayList<>();
        Eventually.await(Duration.ofSeconds(10), "the browser reports both refusals",
                () -> {
                    refused.addAll(browser.takeRefusedScripts());
                    return refused.size() >= 2;
                });
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.contains("inline script")), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.contains("inline event handler")), refused.toString());
        assertEquals(false, operator.evaluate("() => window.injectedScriptRan === true"), "injected script ran");
        assertEquals(false, operator.evaluate("() => window.injectedHandlerRan === true"), "injected handler ran");

        // the dashboard's own handlers, moved out of the markup into its nonce'd script, still answer clicks
        operator.click("#availability\\:goOnline");
        assertThat(operator.locator("#availability-state")).hasText("Online");
        assertThat(operator.locator("#messages")).containsText("You are online");
    }
}
