package com.aeims.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/** Disabling an account ends its open sessions at their next request: a banned operator cannot go on working. */
class DisabledAccountIT extends AeimsIT {

    @Test
    void aDisabledOperatorsOpenSessionIsLoggedOutAtItsNextRequestOnTheApiAndThePages() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String email = TestAccounts.createStaff(setup, "OPERATOR");
        ApiClient api = new ApiClient(baseUri());
        ApiClient pages = new ApiClient(baseUri());
        assertEquals(200, api.login(email, TestAccounts.PASSWORD).status());
        assertEquals(200, pages.login(email, TestAccounts.PASSWORD).status());
        assertEquals(200, api.get("api/auth/me").status());
        assertEquals(200, pages.get("operator/dashboard.xhtml").status());

        disable(email);

        ApiClient.Reply refused = api.get("api/auth/me");
        assertEquals(401, refused.status(), refused.body());
        assertEquals("ACCOUNT_DISABLED", refused.json().getString("code"));
        assertEquals(401, api.get("api/auth/me").status(), "the session still carried the login");
        ApiClient.Reply page = pages.get("operator/dashboard.xhtml");
        assertEquals(302, page.status());
        assertTrue(page.raw().headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    private static void disable(String email) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE account SET enabled = false WHERE email = ?")) {
            s.setString(1, email);
            assertEquals(1, s.executeUpdate());
        }
    }
}
