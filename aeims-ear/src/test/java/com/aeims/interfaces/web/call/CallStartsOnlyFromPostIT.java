package com.aeims.interfaces.web.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A link can show a customer the call panel but never start a paid call: only the panel's button (a POST) does. */
class CallStartsOnlyFromPostIT extends PaidCallIT {

    @Test
    void aLinkToTheProfileWithQuickCallShowsTheCallPanelWithoutHoldingMoneyOrRingingAPhone() throws Exception {
        credit(2_000);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement saved = db.prepareStatement(
                "UPDATE customer SET phone_e164 = ? WHERE account_id = ?")) {
            saved.setString(1, phone);
            saved.setLong(2, customerId);
            saved.executeUpdate();
        }
        // a call placed now would be answered: nothing but the link itself could keep it from starting
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(5)));

        ApiClient.Reply page = customer.confirmedAdult()
                .get("profile.xhtml?id=" + operatorId + "&quick=true&site=flirts-nyc");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"call:start\""), "the page offers the call button instead");
        assertEquals(0, callsOf(customerId), "a GET started a call");
        assertEquals(2_000, balanceCents(), "a GET spent the customer's money");
        assertEquals(0, heldCents(), "a GET held the customer's money");
    }

    private static long callsOf(long customer) throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            return TestAccounts.longOf(db, "SELECT count(*) FROM phone_call WHERE customer_id = ?", customer);
        }
    }
}
