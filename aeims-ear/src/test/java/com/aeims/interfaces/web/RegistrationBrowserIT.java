package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationBrowserIT extends BrowserIT {

    private static void fill(Page page, String email, String name, String password, LocalDate born) {
        page.navigate("register.xhtml?site=flirts-nyc");
        page.fill("#register\\:email", email);
        page.fill("#register\\:displayName", name);
        page.fill("input#register\\:password", password);
        page.fill("#register\\:dateOfBirth", born.toString());
        page.click("#register\\:submit");
    }

    @Test
    void aBadRegistrationShowsAMessageNextToEachWrongField() {
        Page page = browser.newAdult();
        fill(page, DemoData.CUSTOMER_EMAIL, "Kid", "password", LocalDate.now().minusYears(16));
        assertThat(page.locator("#register .field-error")).hasCount(3);
        assertThat(page.locator("[id='register:email'] ~ .field-error, .field:has(#register\\:email) .field-error"))
                .containsText("already exists");
        assertThat(page.locator(".field:has(#register\\:password) .field-error")).containsText("at least 10 characters");
        assertThat(page.locator(".field:has(#register\\:dateOfBirth) .field-error")).containsText("18 or older");
        Browser.screenshot(page, "register-errors");
    }

    @Test
    void aGoodRegistrationLogsTheNewCustomerIn() {
        Page page = browser.newAdult();
        String email = "new." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fill(page, email, "<b>Bold</b> Newcomer", "Fresh-start-2026", LocalDate.of(1992, 3, 4));
        page.waitForURL("**/customer/dashboard.xhtml");
        assertThat(page.locator("h1")).hasText("Hello, <b>Bold</b> Newcomer");
        assertThat(page.locator(".signed-in-as")).hasText("<b>Bold</b> Newcomer");
        Browser.screenshot(page, "customer-dashboard");
    }
}
