package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.ServerSettings;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A recorded call played back from the customer's call history in Chromium: the player loads the WAV AEIMS streams
 * (its duration known, so the range requests worked) and plays it; deleting it takes the player away.
 */
class CallRecordingBrowserIT extends BrowserIT {

    @Test
    void aCustomerPlaysTheirRecordedCallFromTheirHistoryAndDeletesIt() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(setup);
        ApiClient admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        TestAccounts.credit(admin, TestAccounts.idOf(email), 20_00);
        ApiClient customerApi = new ApiClient(baseUri());
        assertEquals(200, customerApi.login(email, TestAccounts.PASSWORD).status());
        String phone = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(customerApi, phone);
        SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(61)));
        long operatorId = TestAccounts.createCallableOperator(setup);
        ApiClient operatorApi = new ApiClient(baseUri());
        assertEquals(200, operatorApi.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        assertEquals(200, operatorApi.put("api/operator/recording", "{\"record_calls\": true}").status());
        ServerSettings.sitesRecordCalls(true);
        try {
            ApiClient.Reply started = customerApi.post("api/calls/initiate", Prices.callRequest(customerApi, operatorId)
                    .build().toString());
            assertEquals(200, started.status(), started.body());
            String callId = started.json().getString("call_id");
            Eventually.await(Duration.ofSeconds(30), "the recorded call settled", () -> customerApi
                    .get("api/calls/status?call_id=" + callId).json().containsKey("recording_url"));
        } finally {
            ServerSettings.sitesRecordCalls(false);
        }

        Page customer = browser.newAdult();
        Browser.logIn(customer, email, TestAccounts.PASSWORD);
        customer.waitForURL("**/customer/dashboard.xhtml");
        customer.navigate("customer/calls.xhtml");
        Locator player = customer.locator("audio.call-recording").first();
        assertThat(player).isVisible();
        customer.waitForFunction("() => { const a = document.querySelector('audio.call-recording');"
                + " return a && a.readyState >= 1 && a.duration > 0; }");
        double duration = ((Number) player.evaluate("a => a.duration")).doubleValue();
        assertTrue(duration > 0.5, "the recording's length: " + duration);
        player.evaluate("a => { a.muted = true; return a.play(); }");
        customer.waitForFunction("() => document.querySelector('audio.call-recording').currentTime > 0.2");
        Browser.screenshot(customer, "recording-in-history");

        customer.locator(".delete-recording").first().click();
        assertThat(customer.locator("audio.call-recording")).hasCount(0);
    }
}
