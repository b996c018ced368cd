package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

class AuthApiIT extends AeimsIT {

    @Test
    void aRegisteredCustomerCanLogInAndIsStoredWithAStrongPasswordHash() throws Exception {
        ApiClient client = new ApiClient(baseUri());
        String email = TestAccounts.uniqueEmail("Reg");
        ApiClient.Reply registered = client.post("api/auth/register",
                TestAccounts.registrationJson(email, "Newcomer", TestAccounts.PASSWORD, "1995-06-01"));
        assertEquals(201, registered.status(), registered.body());
        assertEquals("customer", registered.json().getJsonObject("account").getString("role"));

        ApiClient fresh = new ApiClient(baseUri());
        ApiClient.Reply login = fresh.login(email.toUpperCase(), TestAccounts.PASSWORD);
        assertEquals(200, login.status(), login.body());
        assertEquals(email.toLowerCase(), fresh.get("api/auth/me").json().getJsonObject("account").getString("email"));

        try (Connection db = EmbeddedDatabase.connect();
             PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            s.setString(1, email.toLowerCase());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertTrue(r.getString(1).startsWith("pbkdf2-sha256$600000$"), "hash scheme and work factor");
            }
        }
    }

    @Test
    void registrationRefusesUnderageWeakAndDuplicateInputWithFieldErrors() {
        ApiClient client = new ApiClient(baseUri());
        String existing = TestAccounts.registerCustomer(client);
        String minor = LocalDate.now().minusYears(17).toString();

        ApiClient.Reply reply = client.post("api/auth/register",
                TestAccounts.registrationJson(existing, "X", "short", minor));
        assertEquals(400, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals(false, body.getBoolean("success"));
        assertEquals("VALIDATION_FAILED", body.getString("code"));
        JsonObject fields = body.getJsonObject("fields");
        assertTrue(fields.getString("email").contains("already exists"));
        assertTrue(fields.containsKey("displayName"));
        assertTrue(fields.containsKey("password"));
        assertTrue(fields.getString("dateOfBirth").contains("18"));
    }

    @Test
    void malformedJsonGetsAJsonErrorAndWritesNothing() throws Exception {
        ApiClient client = new ApiClient(baseUri());
        long before = countAccounts();
        ApiClient.Reply reply = client.post("api/auth/register", "{\"email\": ");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("MALFORMED_REQUEST", reply.json().getString("code"));
        assertEquals(before, countAccounts());
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        ApiClient client = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(client);
        ApiClient stranger = new ApiClient(baseUri());
        ApiClient.Reply wrong = stranger.login(email, "Not-the-password-1");
        ApiClient.Reply unknown = stranger.login("nobody@example.org", "Not-the-password-1");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getString("error"), unknown.json().getString("error"));
        assertEquals(401, stranger.get("api/auth/me").status());
    }

    @Test
    void loginReplacesTheSessionIdAndTheCookieIsHttpOnlyAndSameSiteLax() {
        ApiClient client = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(client);
        ApiClient visitor = new ApiClient(baseUri());
        visitor.get("login.xhtml");
        String before = visitor.sessionId().orElseThrow();

        ApiClient.Reply login = visitor.login(email, TestAccounts.PASSWORD);
        assertEquals(200, login.status());
        String after = visitor.sessionId().orElseThrow();
        assertNotEquals(before, after, "session fixation");

        List<String> setCookies = login.raw().headers().allValues("Set-Cookie");
        String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
    }

    @Test
    void overHttpsTheSessionCookieIsMarkedSecure() throws Exception {
        javax.net.ssl.SSLContext trustSelfSigned = javax.net.ssl.SSLContext.getInstance("TLS");
        trustSelfSigned.init(null, new javax.net.ssl.TrustManager[] {new TrustTheTestServer()}, null);
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustSelfSigned)
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        // WildFly's https listener answers 363 ports above http, with its generated self-signed certificate
        java.net.URI login = java.net.URI.create("https://" + deploymentUrl.getHost() + ":"
                + (deploymentUrl.getPort() + 363) + "/login.xhtml");
        java.net.http.HttpResponse<String> page = https.send(java.net.http.HttpRequest.newBuilder(login).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.toLowerCase().contains("; secure"), session);

        ApiClient plain = new ApiClient(baseUri());
        String plainSession = plain.get("login.xhtml").raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(!plainSession.toLowerCase().contains("secure"), "plain http keeps working locally: " + plainSession);
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = new ApiClient(baseUri());
        String email = TestAccounts.registerCustomer(client);
        ApiClient user = new ApiClient(baseUri());
        assertEquals(200, user.login(email, TestAccounts.PASSWORD).status());
        assertEquals(200, user.post("api/auth/logout", "{}").status());
        assertEquals(401, user.get("api/auth/me").status());
    }

    /** Accepts the test server's generated self-signed certificate, which names no host. */
    private static final class TrustTheTestServer extends javax.net.ssl.X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String type) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    private static long countAccounts() throws Exception {
        try (Connection db = EmbeddedDatabase.connect();
             ResultSet r = db.createStatement().executeQuery("SELECT count(*) FROM account")) {
            r.next();
            return r.getLong(1);
        }
    }
}
