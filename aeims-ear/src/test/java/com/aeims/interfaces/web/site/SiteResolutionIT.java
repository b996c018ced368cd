package com.aeims.interfaces.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

class SiteResolutionIT extends AeimsIT {

    private String siteFor(ApiClient client, String host) {
        return client.getWithHost("api/sites/current", host).json().getJsonObject("site").getString("code");
    }

    @Test
    void theHostHeaderChoosesTheSiteAndUnknownHostsGetTheDefault() {
        ApiClient client = new ApiClient(baseUri());
        assertEquals("sexacomms", siteFor(client, "sexacomms.com"));
        assertEquals("nycflirts", siteFor(client, "www.nycflirts.com"));
        assertEquals("flirts-nyc", siteFor(client, "flirts.nyc:8080"));
        assertEquals("flirts-nyc", siteFor(client, "unknown.example"));
    }

    @Test
    void onAHostOfNoBrandASiteChosenByParameterIsRememberedWithoutMakingASession() {
        ApiClient client = new ApiClient(baseUri());
        ApiClient.Reply chosen = client.get("api/sites/current?site=sexacomms");
        assertEquals("sexacomms", chosen.json().getJsonObject("site").getString("code"));
        assertTrue(client.sessionId().isEmpty(), "an anonymous visitor who only looks gets no session");
        assertTrue(chosen.raw().headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("aeims_site=sexacomms") && c.contains("HttpOnly")), chosen.raw().headers()
                .allValues("Set-Cookie").toString());
        assertEquals("sexacomms", client.get("api/sites/current").json().getJsonObject("site").getString("code"));
        assertEquals("flirts-nyc", new ApiClient(baseUri()).get("api/sites/current").json()
                .getJsonObject("site").getString("code"));
        assertEquals("nycflirts", siteFor(client, "nycflirts.com"), "the choice never overrides a brand's own host");
    }

    @Test
    void aBrandsOwnHostIsThatBrandWhateverTheParameterSays() {
        ApiClient client = new ApiClient(baseUri());
        assertEquals("flirts-nyc", client.getWithHost("api/sites/current?site=sexacomms", "flirts.nyc").json()
                .getJsonObject("site").getString("code"));
    }

    @Test
    void eachSiteListsOnlyItsOwnOperators() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        String onSexacomms = TestAccounts.createStaff(setup, "OPERATOR", "sexacomms");
        long id = TestAccounts.idOf(onSexacomms);
        try (Connection db = EmbeddedDatabase.connect()) {
            try (PreparedStatement s = db.prepareStatement("UPDATE account SET display_name = ? WHERE id = ?")) {
                s.setString(1, "Only On Sexacomms");
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
        ApiClient client = new ApiClient(baseUri());
        String onSexa = client.getWithHost("api/operators?q=only%20on%20sexacomms", "sexacomms.com").body();
        String onFlirts = client.getWithHost("api/operators?q=only%20on%20sexacomms", "flirts.nyc").body();
        assertTrue(onSexa.contains("Only On Sexacomms"), onSexa);
        assertFalse(onFlirts.contains("Only On Sexacomms"), onFlirts);
        assertEquals(404, client.getWithHost("api/operators/" + id, "flirts.nyc").status());
        JsonObject found = client.getWithHost("api/operators/" + id, "sexacomms.com").json();
        assertEquals("offline", found.getJsonObject("operator").getString("availability"));
    }

    @Test
    void customerPagesSendFirstTimeVisitorsThroughTheAgeGate() {
        ApiClient visitor = new ApiClient(baseUri());
        ApiClient.Reply home = visitor.get("operators.xhtml?site=nycflirts");
        assertEquals(302, home.status());
        String location = home.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/age-gate.xhtml?next=%2Foperators.xhtml%3Fsite%3Dnycflirts"), location);
        ApiClient.Reply gate = visitor.get("age-gate.xhtml");
        assertEquals(200, gate.status());
        assertTrue(gate.body().contains("18 or older"));
    }

    @Test
    void eachSiteServesItsOwnThemeColors() {
        ApiClient client = new ApiClient(baseUri());
        String flirts = client.get("theme/flirts-nyc.css").body();
        String sexacomms = client.get("theme/sexacomms.css").body();
        assertTrue(flirts.contains("--brand-primary: #c2185b"), flirts);
        assertTrue(sexacomms.contains("--brand-primary: #4a148c"), sexacomms);
        assertEquals(404, client.get("theme/nope.css").status());
    }
}
