package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.domain.model.account.Totp;
import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Authenticator;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-step login (RFC 6238 authenticator codes): required for admins, optional for operators. */
class SecondFactorIT extends AeimsIT {

    private ApiClient setup;

    @BeforeEach
    void aClient() {
        setup = new ApiClient(baseUri());
    }

    private static void assertRefused(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    /** An admin who has never logged in, so the app is not set up yet. */
    private String adminWithoutTheApp() throws Exception {
        String email = TestAccounts.createStaff(setup, "ADMIN");
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "DELETE FROM second_factor WHERE account_id = ?")) {
            s.setLong(1, TestAccounts.idOf(email));
            s.executeUpdate();
        }
        Authenticator.forget(email);
        return email;
    }

    private static String storedKey(String email) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT totp_secret FROM second_factor WHERE account_id = ?")) {
            s.setLong(1, TestAccounts.idOf(email));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static String codeFor(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }

    private static String body(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build().toString();
    }

    @Test
    void anAdminSetsUpTheAppAtTheirFirstLoginAndFromThenOnNeedsItsCodes() throws Exception {
        String email = adminWithoutTheApp();
        ApiClient admin = new ApiClient(baseUri());

        ApiClient.Reply first = admin.loginWithCode(email, TestAccounts.PASSWORD, null);
        assertRefused(first, 401, "SECOND_FACTOR_SETUP");
        String secret = first.json().getString("totp_secret");
        assertTrue(first.json().getString("otpauth_uri").startsWith("otpauth://totp/AEIMS:"), first.body());
        String stored = storedKey(email);
        assertTrue(stored.startsWith("v1:") && !stored.contains(secret), "the database has the key sealed: " + stored);
        assertRefused(admin.get("api/auth/me"), 401, "NOT_AUTHENTICATED");
        assertEquals(secret, admin.loginWithCode(email, TestAccounts.PASSWORD, null).json().getString("totp_secret"),
                "the key already in the app stays good until a code from it comes back");
        assertRefused(admin.loginWithCode(email, "Wrong-pass-2026", codeFor(secret)), 401, "INVALID_CREDENTIALS");

        String firstCode = codeFor(secret);
        ApiClient.Reply enrolled = admin.loginWithCode(email, TestAccounts.PASSWORD, firstCode);
        assertEquals(200, enrolled.status(), enrolled.body());
        assertEquals(10, enrolled.json().getJsonArray("recovery_codes").size());
        String recovery = enrolled.json().getJsonArray("recovery_codes").getString(0);

        ApiClient later = new ApiClient(baseUri());
        assertRefused(later.loginWithCode(email, TestAccounts.PASSWORD, null), 401, "SECOND_FACTOR_REQUIRED");
        assertRefused(later.loginWithCode(email, TestAccounts.PASSWORD, firstCode), 401, "SECOND_FACTOR_REQUIRED");
        assertRefused(later.get("api/admin/operators"), 401, "NOT_AUTHENTICATED");
        assertEquals(200, later.loginWithCode(email, TestAccounts.PASSWORD, recovery).status(), "a recovery code");
        assertRefused(new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD, recovery), 401,
                "SECOND_FACTOR_REQUIRED");
        assertEquals(200, later.get("api/admin/operators").status());
        assertRefused(later.post("api/second-factor/off", body("code", "123456")), 403,
                "SECOND_FACTOR_REQUIRED_FOR_ADMINS");
    }

    @Test
    void firstLoginsOfAnAdminAtTheSameInstantAreAllOfferedTheSameKey() throws Exception {
        String email = adminWithoutTheApp();
        ExecutorService burst = Executors.newFixedThreadPool(6);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(burst.submit(() -> new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD, null)));
            }
            Set<String> keys = new HashSet<>();
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply first = reply.get(60, TimeUnit.SECONDS);
                assertRefused(first, 401, "SECOND_FACTOR_SETUP");
                keys.add(first.json().getString("totp_secret"));
            }
            assertEquals(1, keys.size(), "one key for one app: " + keys);
        } finally {
            burst.shutdownNow();
        }
    }

    @Test
    void anOperatorTurnsTwoStepLoginOnAndOff() throws Exception {
        String email = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.loginWithCode(email, TestAccounts.PASSWORD, null).status(), "off by default");
        ApiClient.Reply begun = operator.post("api/second-factor", "{}");
        assertEquals(200, begun.status(), begun.body());
        String secret = begun.json().getString("totp_secret");
        assertEquals(false, operator.get("api/second-factor").json().getBoolean("on"));
        assertEquals(200, new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD, null).status(),
                "a set-up guards nothing until its first code comes back");

        long now = Totp.step(Instant.now());
        assertRefused(operator.post("api/second-factor/confirm", body("code",
                Totp.code(secret, now - 5))), 400, "WRONG_CODE");
        ApiClient.Reply on = operator.post("api/second-factor/confirm", body("code", Totp.code(secret, now)));
        assertEquals(200, on.status(), on.body());
        assertEquals(10, on.json().getJsonArray("recovery_codes").size());
        JsonObject status = operator.get("api/second-factor").json();
        assertEquals(true, status.getBoolean("on"));
        assertEquals(10, status.getInt("recovery_codes_left"));

        assertRefused(new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD, null), 401,
                "SECOND_FACTOR_REQUIRED");
        assertEquals(200, new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD,
                Totp.code(secret, now + 1)).status());

        assertRefused(operator.post("api/second-factor/off", body("code", "000000".equals(Totp.code(secret, now))
                ? "111111" : "000000")), 400, "WRONG_CODE");
        assertEquals(200, operator.post("api/second-factor/off", body("code",
                on.json().getJsonArray("recovery_codes").getString(3))).status(), "a recovery code turns it off");
        assertEquals(200, new ApiClient(baseUri()).loginWithCode(email, TestAccounts.PASSWORD, null).status());
    }

    @Test
    void guessingCodesIsSlowedLikeGuessingPasswords() throws Exception {
        String email = TestAccounts.createStaff(setup, "ADMIN");
        ApiClient guesser = new ApiClient(baseUri());
        int refusedAsWrong = 0;
        ApiClient.Reply reply = null;
        for (int i = 0; i < 15; i++) {
            reply = guesser.loginWithCode(email, TestAccounts.PASSWORD, String.format("%06d", i));
            if (reply.status() == 429) {
                break;
            }
            refusedAsWrong++;
        }
        assertRefused(reply, 429, "LOGIN_THROTTLED");
        assertTrue(refusedAsWrong <= 11, refusedAsWrong + " guesses checked before the wait");
    }
}
