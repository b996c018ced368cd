package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSiteBrowserIT extends BrowserIT {

    @Test
    void aFirstVisitMeetsTheAgeGateAndConfirmingOpensTheRequestedPage() {
        Page page = browser.newPerson();
        page.navigate("operators.xhtml?site=nycflirts");
        assertTrue(page.url().contains("age-gate.xhtml"), page.url());
        assertThat(page.locator("h1")).hasText("Adults only");
        Browser.screenshot(page, "age-gate");

        page.click("#gate\\:decline");
        assertThat(page.locator(".declined")).containsText("cannot use this site");

        page.click("#gate\\:confirm");
        page.waitForURL("**/operators.xhtml?site=nycflirts");
        assertThat(page.locator(".brand-name")).hasText("NYC Flirts");

        page.navigate("index.xhtml");
        assertThat(page.locator(".hero h1")).hasText("NYC Flirts");
    }

    @Test
    void flirtsNycAndSexacommsShowDifferentBrandingAndDifferentOperators() {
        Page flirts = browser.newAdult();
        flirts.navigate("operators.xhtml?site=flirts-nyc");
        assertThat(flirts.locator(".brand-name")).hasText("Flirts NYC");
        List<String> flirtsNames = operatorNames(flirts);
        assertTrue(flirtsNames.contains("Sarah Johnson"), flirtsNames.toString());
        String flirtsHeader = headerColor(flirts);
        Browser.screenshot(flirts, "operators-flirts-nyc");

        Page sexacomms = browser.newAdult();
        sexacomms.navigate("operators.xhtml?site=sexacomms");
        assertThat(sexacomms.locator(".brand-name")).hasText("SexaComms");
        List<String> sexacommsNames = operatorNames(sexacomms);
        assertTrue(sexacommsNames.contains("Raven Black"), sexacommsNames.toString());
        assertTrue(sexacommsNames.stream().noneMatch(flirtsNames::contains), "no operator on both lists");
        assertNotEquals(flirtsHeader, headerColor(sexacomms));
        Browser.screenshot(sexacomms, "operators-sexacomms");
    }

    @Test
    void filtersNarrowTheListAndPagingReachesEveryOperator() {
        Page page = browser.newAdult();
        page.navigate("operators.xhtml?site=flirts-nyc");
        assertThat(page.locator(".ui-paginator-current").first()).hasText("1-6 of 10");
        page.locator(".ui-paginator-next").first().click();
        assertThat(page.locator(".ui-paginator-current").first()).hasText("7-10 of 10");

        page.click("#search\\:online");
        page.click("#search\\:apply");
        assertThat(page.locator(".ui-paginator-current").first()).not().hasText("7-10 of 10");
        int online = visibleTotal(page);
        assertTrue(online > 0 && online < 10, "some but not all operators are online: " + online);
        assertThat(page.locator(".operator-card")).hasCount(Math.min(online, 6));
        page.locator(".operator-card .status").all().forEach(status -> assertThat(status).hasText("Online"));

        page.fill("#search\\:maxRate", "3.99");
        page.click("#search\\:apply");
        assertThat(page.locator(".ui-paginator-current").first()).not().hasText(
                "1-" + Math.min(online, 6) + " of " + online);
        page.locator(".operator-card .operator-rate").allInnerTexts().forEach(rate -> assertTrue(
                Double.parseDouble(rate.replace("$", "").replace("/min", "")) <= 3.99, rate));
        Browser.screenshot(page, "operators-filtered");
    }

    @Test
    void theOperatorListIsUsableOnAPhoneSizedScreen() {
        Page phone = browser.newAdult(390, 844);
        phone.navigate("operators.xhtml?site=flirts-nyc");
        Locator cards = phone.locator(".operator-card");
        assertThat(cards.first()).isVisible();
        int pageWidth = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(pageWidth <= 390, "no sideways scrolling, page is " + pageWidth + "px wide");
        double cardWidth = cards.first().boundingBox().width;
        assertTrue(cardWidth > 120 && cardWidth <= 390, "card width " + cardWidth);
        Browser.screenshot(phone, "operators-phone");

        cards.first().locator("a.button").click();
        phone.waitForURL("**/profile.xhtml?id=*");
        assertThat(phone.locator(".price-rate")).isVisible();
        assertEquals(0, ((Number) phone.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue());
        Browser.screenshot(phone, "profile-phone");
    }

    private static List<String> operatorNames(Page page) {
        page.locator(".operator-card").first().waitFor();
        List<String> names = new java.util.ArrayList<>();
        while (true) {
            names.addAll(page.locator(".operator-card .operator-name").allInnerTexts());
            Locator next = page.locator(".ui-paginator-next").first();
            if (next.getAttribute("class").contains("ui-state-disabled")) {
                return names;
            }
            String current = page.locator(".ui-paginator-current").first().innerText();
            next.click();
            assertThat(page.locator(".ui-paginator-current").first()).not().hasText(current);
        }
    }

    private static int visibleTotal(Page page) {
        String report = page.locator(".ui-paginator-current").first().innerText();
        return Integer.parseInt(report.substring(report.lastIndexOf(' ') + 1));
    }

    private static String headerColor(Page page) {
        return (String) page.evaluate("getComputedStyle(document.querySelector('.brand-header')).backgroundColor");
    }
}
