package com.aeims.interfaces.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Browser;
import com.aeims.testsupport.BrowserIT;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.People;
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
        People.Person caller = People.customer(baseUri(), People.demoAdmin(baseUri()), 20_00);
        String email = caller.email();
        ApiClient customerApi = caller.api();
        String phone = SimulatedPbx.uniqueNumber();
        TestAccounts.confirmPhone(customerApi, phone);
        SimulatedPbx.pbx().script(phone, CallScript.bridged(Duration.ofSeconds(61)));
        People.Person callee = People.callableOperator(baseUri());
        long operatorId = callee.id();
        ApiClient operatorApi = callee.api();
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
