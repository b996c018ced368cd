package com.aeims.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP client with its own cookie jar: one per simulated person. */
public class ApiClient {

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    // each simulated person connects from an address of their own (198.18.0.0/15, set aside for tests), sent as a
    // TLS-terminating proxy would: the test server trusts X-Forwarded-For like a server behind one
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

    private final URI base;
    private String address = testAddress(NEXT_ADDRESS.getAndIncrement());
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public ApiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String testAddress(int n) {
        int host = n & 0x1_FFFF;
        return "198." + (18 + (host >> 16)) + "." + ((host >> 8) & 0xFF) + "." + (host & 0xFF);
    }

    /** From now on, this person connects from the given address (e.g. several people behind one). */
    public ApiClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public String address() {
        return address;
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply getWithHost(String path, String host) {
        return send(request(path).header("Host", host).GET().build());
    }

    /** A GET with extra request headers, e.g. what a TLS-terminating proxy adds. */
    public Reply getWithHeaders(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        return send(request.GET().build());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    /**
     * Logs in as a person would: with the authenticator's code when the account uses one, and setting the app up
     * first when the server asks an admin to (the key it shows goes into {@link Authenticator}).
     */
    public Reply login(String email, String password) {
        Reply reply = loginWithCode(email, password, Authenticator.knows(email) ? Authenticator.code(email) : null);
        if (reply.status() == 401 && reply.json().getString("code", "").equals("SECOND_FACTOR_SETUP")) {
            Authenticator.remember(email, reply.json().getString("totp_secret"));
            reply = loginWithCode(email, password, Authenticator.code(email));
        }
        return reply;
    }

    /** One login request, with this second-step code (or none). */
    public Reply loginWithCode(String email, String password, String code) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("email", email).add("password", password);
        if (code != null) {
            body.add("code", code);
        }
        return post("api/auth/login", body.build().toString());
    }

    /** Sets the cookie a customer site gives after its 18+ confirmation, so customer pages render. */
    public ApiClient confirmedAdult() {
        HttpCookie confirmed = new HttpCookie("aeims_age_ok", "yes");
        confirmed.setPath("/");
        confirmed.setVersion(0);
        cookies.getCookieStore().add(base, confirmed);
        return this;
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /**
     * Any request: {@code body} null for none (sent as JSON otherwise); {@code ownPage} false leaves out the header
     * the site's own scripts send, as a cross-site form would.
     */
    public Reply send(String method, String path, String body, Map<String, String> headers, boolean ownPage) {
        HttpRequest.Builder request = ownPage ? request(path) : HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", address).header("Accept", "application/json");
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST as a page of another site would send it: with that site's Origin and without the pages' header. */
    public Reply postFromAnotherSite(String path, String json, String origin) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Origin", origin).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST without the header the site's own scripts send with every change (as a cross-site form sends it). */
    public Reply postWithoutPageHeader(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    // every request as the site's own scripts send it: X-AEIMS-Request proves a change comes from its pages
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Accept", "application/json").header("X-AEIMS-Request", "1");
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
