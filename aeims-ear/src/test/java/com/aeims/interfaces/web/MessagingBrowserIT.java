package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two people in two browsers: a customer writes, the operator is told at once, and toasts obey their settings. */
class MessagingBrowserIT extends BrowserIT {

    private static final String OPERATOR_EMAIL = "mia.rodriguez@example.com";

    @Test
    void theOperatorSeesABlueToastForANewMessageUnlessTheyTurnedChatToastsOff() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        long customerId = TestAccounts.idOf(email);
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        TestAccounts.credit(admin, customerId, 500);
        long operatorId = TestAccounts.idOf(OPERATOR_EMAIL);

        Page operator = browser.newPerson();
        Browser.logIn(operator, OPERATOR_EMAIL, DemoData.OPERATOR_PASSWORD);
        operator.waitForURL("**/operator/dashboard.xhtml");

        Page customer = browser.newAdult();
        Browser.logIn(customer, email, TestAccounts.PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        customer.navigate("customer/messages.xhtml?with=" + operatorId);
        assertThat(customer.locator(".conversation-title")).hasText("Mia Rodriguez");
        customer.fill("#compose\\:message_text", "Hi Mia! <b>not bold</b>");
        customer.click("#compose\\:send");

        assertThat(operator.locator(".toast-blue")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        assertThat(operator.locator(".toast-blue")).containsText("New message from Test Customer");
        assertThat(customer.locator(".toast-yellow")).containsText("Message sent to Mia Rodriguez");
        assertThat(customer.locator(".bubble-mine .bubble-text")).hasText("Hi Mia! <b>not bold</b>");
        Browser.screenshot(customer, "message-sent");
        Browser.screenshot(operator, "operator-message-toast");

        operator.locator(".toast-blue").click();
        operator.waitForURL("**/operator/messages.xhtml?with=" + customerId);
        assertThat(operator.locator(".bubble-theirs .bubble-text")).hasText("Hi Mia! <b>not bold</b>");
        assertThat(operator.locator("#unread-badge")).hasClass(Pattern.compile("badge-empty"));
        ApiClient api = new ApiClient(baseUri());
        assertEquals(200, api.login(email, TestAccounts.PASSWORD).status());
        assertEquals(0, new BigDecimal("4.50").compareTo(
                api.get("api/balance").json().getJsonNumber("balance").bigDecimalValue()), "exactly $0.50 charged");

        operator.navigate("account/notifications.xhtml");
        operator.locator("#settings label", new Page.LocatorOptions().setHasText("New chat message")).click();
        operator.click("#settings\\:save");
        assertThat(operator.locator(".ui-messages")).containsText("Notification settings saved");
        operator.navigate("operator/messages.xhtml?with=" + customerId);

        customer.fill("#compose\\:message_text", "Are you there?");
        customer.click("#compose\\:send");
        assertThat(operator.locator(".bubble-theirs .bubble-text").last()).hasText("Are you there?");
        assertThat(operator.locator(".toast-blue")).hasCount(0);
        Browser.screenshot(operator, "operator-chat-toasts-off");

        operator.navigate("operator/customers.xhtml");
        var row = operator.locator(".my-customers tbody tr", new Page.LocatorOptions().setHasText("Test Customer"));
        assertThat(row).containsText("$1.00");
        Browser.screenshot(operator, "operator-my-customers");

        customer.navigate("customer/mail.xhtml?to=" + operatorId);
        customer.fill("#write\\:subject", "Saturday");
        customer.fill("#write\\:body", "Free on Saturday evening?");
        customer.click("#write\\:send");
        assertThat(customer.locator(".ui-messages")).containsText("Mail sent");
        assertThat(operator.locator(".toast-green")).containsText("New mail from Test Customer");
        operator.locator(".toast-green").click();
        assertThat(operator.locator(".mail-subject")).hasText("Saturday");
        assertThat(operator.locator(".mail-body")).hasText("Free on Saturday evening?");
        Browser.screenshot(operator, "operator-mail");
    }
}
