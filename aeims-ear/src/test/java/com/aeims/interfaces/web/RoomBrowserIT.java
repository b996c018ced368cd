package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.RoomVisits;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A room from opening to closing in three browsers: the operator opens a PIN room, two customers find it and come in
 * (one mistypes the PIN first), everyone sees everyone's messages live, one leaves and stops paying, the other pays
 * the next minute, the operator closes the room; every figure on the pages matches the ledger to the cent.
 */
class RoomBrowserIT extends BrowserIT {

    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(5_000);

    @Test
    void anOperatorRunsAPinRoomForTwoCustomersAndEveryCentMatchesTheLedger() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ApiClient setup = new ApiClient(baseUri());
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        long operatorId = TestAccounts.idOf(operatorEmail);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE account SET display_name = 'Host Vera' WHERE id = ?")) {
            s.setLong(1, operatorId);
            s.executeUpdate();
        }
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        String annEmail = TestAccounts.registerCustomer(setup, "Ann " + tag);
        String benEmail = TestAccounts.registerCustomer(setup, "Ben " + tag);
        long annId = TestAccounts.idOf(annEmail);
        long benId = TestAccounts.idOf(benEmail);
        TestAccounts.credit(admin, annId, 1_000);
        TestAccounts.credit(admin, benId, 1_000);

        Page host = browser.newPerson();
        Browser.logIn(host, operatorEmail, TestAccounts.PASSWORD);
        host.waitForURL("**/operator/dashboard.xhtml");
        host.navigate("operator/rooms.xhtml");
        host.fill("#create\\:name", "Velvet lounge " + tag);
        host.fill("#create\\:description", "Late talk for night owls");
        host.fill("#create\\:pin", "2468");
        host.fill("#create\\:entry_fee_cents", "1.00");
        host.fill("#create\\:rate_per_minute_cents", "0.50");
        host.click("#create\\:open");
        assertThat(host.locator(".ui-messages")).containsText("share the PIN");
        Browser.screenshot(host, "operator-rooms");
        host.locator(".room-link", new Page.LocatorOptions().setHasText("Velvet lounge " + tag)).click();
        host.waitForURL("**/operator/room.xhtml?id=*");
        String roomAddress = host.url().replaceFirst("^.*/operator/", "customer/");

        Page ann = browser.newAdult();
        Browser.logIn(ann, annEmail, TestAccounts.PASSWORD);
        ann.waitForURL("**/customer/dashboard.xhtml");
        ann.navigate("rooms.xhtml");
        ann.fill("#search\\:text", tag);
        ann.click("#search\\:apply");
        var card = ann.locator(".room-card", new Page.LocatorOptions().setHasText("Velvet lounge " + tag));
        assertThat(card).containsText("Hosted by Host Vera");
        assertThat(card.locator(".room-card-present")).hasText("0 of 20");
        Browser.screenshot(ann, "room-directory");
        card.locator(".room-enter").click();
        ann.waitForURL("**/customer/room.xhtml?id=*");
        ann.fill("#join\\:pin", "1111");
        ann.click("#join\\:enter");
        assertThat(ann.locator("#join .field-error")).hasText("That PIN is not right");
        ann.fill("#join\\:pin", "2468");
        ann.click("#join\\:enter");
        assertThat(ann.locator(".ui-messages")).containsText("$1.50 charged");
        assertThat(ann.locator("#room-balance")).hasText("$8.50");

        Page ben = browser.newAdult();
        Browser.logIn(ben, benEmail, TestAccounts.PASSWORD);
        ben.waitForURL("**/customer/dashboard.xhtml");
        ben.navigate(roomAddress);
        ben.fill("#join\\:pin", "2468");
        ben.click("#join\\:enter");
        assertThat(ben.locator("#room-count")).hasText("2");
        assertThat(ann.locator("#room-count")).hasText("2", LIVE);
        assertThat(host.locator("#room-members li")).hasCount(2);

        ann.fill("#say\\:text", "Hi all <b>from Ann</b>");
        ann.click("#say\\:send");
        assertThat(ben.locator(".room-line-message .room-text").last()).hasText("Hi all <b>from Ann</b>", LIVE);
        assertThat(host.locator(".room-line-message .room-text").last()).hasText("Hi all <b>from Ann</b>", LIVE);
        ben.fill("#say\\:text", "Hello Ann");
        ben.click("#say\\:send");
        assertThat(ann.locator(".room-line-message .room-text").last()).hasText("Hello Ann", LIVE);
        host.fill("#say\\:text", "Welcome, both of you");
        host.click("#say\\:send");
        assertThat(ann.locator(".room-line-message .room-text").last()).hasText("Welcome, both of you", LIVE);
        assertThat(ben.locator(".room-line-message .room-text").last()).hasText("Welcome, both of you", LIVE);
        Browser.screenshot(ann, "room-chat");
        Browser.screenshot(host, "operator-room");

        ben.click("#leave-form\\:leave");
        assertThat(ben.locator(".room-left-reason")).hasText("You left the room.");
        assertThat(ann.locator(".room-line-left .room-text").last()).hasText("left", LIVE);
        assertThat(ann.locator("#room-count")).hasText("1");

        // Ann's open page says it is still there every 15 s
        long annVisit = RoomVisits.latestOf(annId);
        long benVisit = RoomVisits.latestOf(benId);
        RoomVisits.silence(annVisit, 30);
        Eventually.await(Duration.ofSeconds(20), "the page's heartbeat", () -> RoomVisits.secondsSinceSeen(annVisit) < 5);
        // a minute passes for both visits: Ann's alive one pays it; Ben's is over
        RoomVisits.backdate(annVisit, 60);
        RoomVisits.backdate(benVisit, 60);
        Eventually.await(Duration.ofSeconds(20), "Ann's second minute", () -> RoomVisits.minutesCharged(annVisit) == 2);
        assertThat(ann.locator("#room-minutes")).hasText("2", LIVE);
        assertThat(ann.locator("#room-balance")).hasText("$8.00", LIVE);
        assertThat(host.locator("#room-earned")).hasText("$2.80", LIVE);
        assertEquals(1, RoomVisits.minutesCharged(benVisit), "billing stopped when Ben left");

        host.click("#close-form\\:close-room");
        host.click(".ui-confirmdialog-yes");
        assertThat(host.locator(".room-closed")).isVisible();
        assertThat(ann.locator(".room-left-reason")).hasText("The host closed the room.", LIVE);
        assertThat(ann.locator(".room-closed")).isVisible();
        Browser.screenshot(ann, "room-closed");

        assertEquals(800, LedgerBalances.customerAvailableCents(annId), "entry, two minutes");
        assertEquals(850, LedgerBalances.customerAvailableCents(benId), "entry, one minute");
        assertEquals(160 + 120, LedgerBalances.operatorEarningsCents(operatorId), "80% of everything paid");
        host.navigate("operator/dashboard.xhtml");
        assertThat(host.locator("#earnings-balance")).hasText("$2.80");
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }
}
