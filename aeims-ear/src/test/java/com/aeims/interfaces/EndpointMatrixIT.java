package com.aeims.interfaces;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.TestAccounts;
import com.aeims.testsupport.WebEndpoints;
import com.aeims.testsupport.WebEndpoints.ApiEndpoint;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every API method and every page, found in the built web module (not in a list), against the same five questions:
 * anonymous callers get 401 (or the login page), the wrong role 403, another owner's or no such id 404, a state change
 * from another site 403, and a malformed or oversized body 400 in the API's JSON error shape. The entries below say
 * only how to reach each endpoint's ownership check; an endpoint without one fails the build.
 */
class EndpointMatrixIT extends AeimsIT {

    private static final List<String> ROLES = List.of("customer", "operator", "admin");
    private static final String EVIL = "https://evil.example";
    private static final String BROKEN_JSON = "{\"text\": ";
    private static final String OVERSIZED = "{\"text\": \"" + "x".repeat(100 * 1024) + "\"}";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** What fills an id in a path: a room another operator hosts, or an id nothing has. */
    private enum Id { OTHER_OPERATORS_ROOM, NONE_SUCH }

    /** How to reach an endpoint's ownership check: the ids its path takes and, where it reads one, a body. */
    private record Entry(Map<String, Id> ids, String body) {
    }

    private static Entry plain() {
        return new Entry(Map.of(), null);
    }

    private static Entry ids(Id id) {
        return new Entry(Map.of("id", id), null);
    }

    private static Entry ids(Id id, String body) {
        return new Entry(Map.of("id", id), body);
    }

    private static final String ROOM_TERMS = "{\"name\": \"Matrix\", \"entry_fee_cents\": 0,"
            + " \"rate_per_minute_cents\": 99, \"max_users\": 5}";

    private static final Map<String, Entry> API = Map.ofEntries(
            entry("POST api/admin/money/credits", plain()),
            entry("POST api/admin/money/adjustments", plain()),
            entry("POST api/admin/money/free-minutes", plain()),
            entry("POST api/admin/money/refunds", plain()),
            entry("POST api/admin/money/payouts", plain()),
            entry("GET api/admin/money/revenue", plain()),
            entry("GET api/admin/operators", plain()),
            entry("POST api/admin/numbers/reconcile", plain()),
            entry("GET api/admin/numbers", plain()),
            entry("GET api/admin/numbers/fees", plain()),
            entry("PUT api/admin/numbers/fees", plain()),
            entry("POST api/admin/numbers/fees/run", plain()),
            entry("POST api/admin/numbers/{id}/waive",
                    ids(Id.NONE_SUCH, "{\"waived\": true, \"reason\": \"goodwill\"}")),
            entry("POST api/operator/numbers/{id}/pay", ids(Id.NONE_SUCH)),
            entry("PUT api/operator/numbers/{id}", ids(Id.NONE_SUCH, "{\"rate_per_minute_cents\": 299}")),
            entry("GET api/operator/numbers/available", plain()),
            entry("GET api/operator/numbers", plain()),
            entry("POST api/operator/numbers", plain()),
            entry("DELETE api/operator/numbers/{id}", ids(Id.NONE_SUCH)),
            entry("POST api/auth/register", plain()),
            entry("POST api/auth/login", plain()),
            entry("POST api/auth/logout", plain()),
            entry("GET api/auth/me", plain()),
            entry("GET api/balance", plain()),
            entry("GET api/balance/check", plain()),
            entry("POST api/calls/initiate", plain()),
            entry("GET api/calls/status", plain()),
            entry("POST api/calls/{id}/hangup", ids(Id.NONE_SUCH)),
            entry("GET api/calls/{id}/recording", ids(Id.NONE_SUCH)),
            entry("DELETE api/calls/{id}/recording", ids(Id.NONE_SUCH)),
            entry("PUT api/operator/recording", plain()),
            entry("GET api/calls", plain()),
            entry("GET api/calls/active", plain()),
            entry("POST api/call-requests", plain()),
            entry("GET api/call-requests", plain()),
            entry("GET api/call-requests/{id}", ids(Id.NONE_SUCH)),
            entry("POST api/call-requests/{id}/accept", ids(Id.NONE_SUCH)),
            entry("POST api/call-requests/{id}/decline", ids(Id.NONE_SUCH)),
            entry("POST api/call-requests/{id}/propose", ids(Id.NONE_SUCH, "{\"start_at\": \"2027-01-04T19:00:00Z\"}")),
            entry("POST api/call-requests/{id}/accept-proposal", ids(Id.NONE_SUCH)),
            entry("POST api/call-requests/{id}/cancel", ids(Id.NONE_SUCH)),
            entry("GET api/call-requests/line", plain()),
            entry("POST api/call-requests/{id}/skip", ids(Id.NONE_SUCH)),
            entry("GET api/funds/packs", plain()),
            entry("POST api/funds", plain()),
            entry("GET api/funds/purchases", plain()),
            entry("GET api/admin/chargebacks", plain()),
            entry("POST api/admin/chargebacks/unfreezes", plain()),
            entry("GET api/admin/payout-runs", plain()),
            entry("POST api/admin/payout-runs", plain()),
            entry("GET api/admin/payout-runs/{id}", ids(Id.NONE_SUCH)),
            entry("POST api/admin/payout-runs/{id}/approve", ids(Id.NONE_SUCH)),
            entry("GET api/admin/payout-runs/{id}/payments.csv", ids(Id.NONE_SUCH)),
            entry("POST api/admin/payout-runs/items/{id}/returned", ids(Id.NONE_SUCH, "{\"reason\": \"closed\"}")),
            entry("PUT api/operator/payout-account", plain()),
            entry("GET api/spending-limits", plain()),
            entry("GET api/operator/calendar", plain()),
            entry("PUT api/operator/calendar", plain()),
            entry("GET api/operators/{id}/openings", ids(Id.NONE_SUCH)),
            entry("PUT api/spending-limits", plain()),
            entry("POST api/spending-limits/cool-off", plain()),
            entry("POST api/payments/{provider}/notifications", new Entry(Map.of("provider", Id.NONE_SUCH), null)),
            entry("POST api/mail", plain()),
            entry("GET api/mail", plain()),
            entry("GET api/mail/{id}", ids(Id.NONE_SUCH)),
            entry("POST api/messages/send", plain()),
            entry("GET api/messages/conversation", plain()),
            entry("GET api/messages/conversations", plain()),
            entry("GET api/notifications", plain()),
            entry("POST api/notifications/{id}/read", ids(Id.NONE_SUCH)),
            entry("POST api/notifications/read-all", plain()),
            entry("GET api/notifications/settings", plain()),
            entry("PUT api/notifications/settings", plain()),
            entry("GET api/operators", plain()),
            entry("GET api/operators/{id}", ids(Id.NONE_SUCH)),
            entry("GET api/operator/me", plain()),
            entry("GET api/operator/earnings", plain()),
            entry("PUT api/operator/availability", plain()),
            entry("GET api/phone", plain()),
            entry("POST api/phone", plain()),
            entry("POST api/phone/confirm", plain()),
            entry("POST api/rooms", plain()),
            entry("PUT api/rooms/{id}", ids(Id.OTHER_OPERATORS_ROOM, ROOM_TERMS)),
            entry("POST api/rooms/{id}/reopen", ids(Id.OTHER_OPERATORS_ROOM)),
            entry("POST api/rooms/{id}/close", ids(Id.OTHER_OPERATORS_ROOM)),
            entry("GET api/rooms/mine", plain()),
            entry("GET api/rooms/{id}/earnings", ids(Id.OTHER_OPERATORS_ROOM)),
            entry("POST api/rooms/{id}/kick", ids(Id.OTHER_OPERATORS_ROOM, "{\"customer_id\": 1}")),
            entry("GET api/rooms/{id}/bans", ids(Id.OTHER_OPERATORS_ROOM)),
            entry("DELETE api/rooms/{id}/bans/{customerId}",
                    new Entry(Map.of("id", Id.OTHER_OPERATORS_ROOM, "customerId", Id.NONE_SUCH), null)),
            entry("POST api/rooms/{id}/invite", ids(Id.OTHER_OPERATORS_ROOM, "{\"customer_id\": 1}")),
            entry("GET api/rooms", plain()),
            entry("GET api/rooms/{id}", ids(Id.NONE_SUCH)),
            entry("POST api/rooms/{id}/join",
                    ids(Id.NONE_SUCH, "{\"entry_fee_cents\": 0, \"rate_per_minute_cents\": 99}")),
            entry("POST api/rooms/{id}/leave", ids(Id.NONE_SUCH)),
            entry("POST api/rooms/{id}/presence", ids(Id.NONE_SUCH)),
            entry("GET api/rooms/{id}/members", ids(Id.NONE_SUCH)),
            entry("GET api/rooms/{id}/messages", ids(Id.NONE_SUCH)),
            entry("POST api/rooms/{id}/messages", ids(Id.NONE_SUCH, "{\"text\": \"hello\"}")),
            entry("GET api/second-factor", plain()),
            entry("POST api/second-factor", plain()),
            entry("POST api/second-factor/confirm", plain()),
            entry("POST api/second-factor/off", plain()),
            entry("GET api/sites/current", plain()),
            entry("GET api/statement", plain()),
            entry("POST api/twilio/sms", plain()));

    /** How to reach a page's ownership check: the {@code ?id=} of the one thing it shows, if it shows one. */
    private record Page(Id byId) {
    }

    private static Page page() {
        return new Page(null);
    }

    private static Page page(Id byId) {
        return new Page(byId);
    }

    private static final Map<String, Page> PAGES = Map.ofEntries(
            entry("access-denied.xhtml", page()), entry("account/notifications.xhtml", page()),
            entry("admin/money.xhtml", page()), entry("admin/operator.xhtml", page(Id.NONE_SUCH)),
            entry("admin/operators.xhtml", page()), entry("admin/sites.xhtml", page()),
            entry("age-gate.xhtml", page()), entry("customer/calls.xhtml", page()),
            entry("customer/dashboard.xhtml", page()), entry("customer/funds.xhtml", page()),
            entry("customer/limits.xhtml", page()), entry("customer/requests.xhtml", page()),
            entry("operator/requests.xhtml", page()), entry("operator/calendar.xhtml", page()),
            entry("operator/numbers.xhtml", page()), entry("admin/numbers.xhtml", page()),
            entry("customer/mail.xhtml", page()), entry("customer/messages.xhtml", page()),
            entry("customer/room.xhtml", page(Id.NONE_SUCH)), entry("customer/statement.xhtml", page()),
            entry("index.xhtml", page()), entry("login.xhtml", page()), entry("not-found.xhtml", page()),
            entry("operator/calls.xhtml", page()), entry("operator/customers.xhtml", page()),
            entry("operator/dashboard.xhtml", page()), entry("operator/mail.xhtml", page()),
            entry("operator/messages.xhtml", page()), entry("operator/room.xhtml", page(Id.OTHER_OPERATORS_ROOM)),
            entry("operator/rooms.xhtml", page()), entry("operators.xhtml", page()),
            entry("profile.xhtml", page(Id.NONE_SUCH)), entry("register.xhtml", page()),
            entry("rooms.xhtml", page()));

    private final Map<String, ApiClient> byRole = new java.util.HashMap<>();
    private long otherOperatorsRoom;

    @BeforeEach
    void oneOfEachRoleAndARoomAnotherOperatorHosts() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        for (String role : ROLES) {
            ApiClient client = new ApiClient(baseUri()).confirmedAdult();
            String email = role.equals("customer") ? TestAccounts.registerCustomer(setup)
                    : TestAccounts.createStaff(setup, role.toUpperCase(), "flirts-nyc");
            assertEquals(200, client.login(email, TestAccounts.PASSWORD).status());
            byRole.put(role, client);
        }
        ApiClient host = new ApiClient(baseUri());
        assertEquals(200, host.login(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"),
                TestAccounts.PASSWORD).status());
        ApiClient.Reply room = host.post("api/rooms", ROOM_TERMS);
        assertEquals(201, room.status(), room.body());
        otherOperatorsRoom = room.json().getJsonNumber("room_id").longValue();
    }

    @Test
    void everyApiMethodAndEveryPageHasAMatrixEntryAndEveryEntryAnEndpoint() {
        Set<String> found = new TreeSet<>(WebEndpoints.api().stream().map(ApiEndpoint::key).toList());
        assertEquals(new TreeSet<>(API.keySet()), found, "API methods (add an entry for a new one)");
        assertEquals(new TreeSet<>(PAGES.keySet()), new TreeSet<>(WebEndpoints.pages()),
                "pages (add an entry for a new one)");
    }

    @Test
    void everyApiMethodRefusesWhatItMust() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ApiEndpoint endpoint : WebEndpoints.api()) {
            Entry entry = API.get(endpoint.key());
            if (entry == null) {
                continue;
            }
            String path = fill(endpoint.path(), entry.ids());
            String body = endpoint.jsonBody() ? (entry.body() == null ? "{}" : entry.body()) : null;
            // a public endpoint is asked by a visitor of its own: a logout that got through must not end a role's session
            ApiClient allowed = endpoint.roles().isEmpty() ? new ApiClient(baseUri())
                    : byRole.get(endpoint.roles().iterator().next());

            ApiClient.Reply anonymous = new ApiClient(baseUri()).send(endpoint.method(), path, body, Map.of(), true);
            cases++;
            if (endpoint.roles().isEmpty()) {
                expectBelow500(wrong, endpoint.key() + " anonymous", anonymous);
            } else {
                expect(wrong, endpoint.key() + " anonymous", anonymous, 401, "NOT_AUTHENTICATED");
            }
            for (String role : ROLES) {
                if (!endpoint.roles().isEmpty() && !endpoint.roles().contains(role)) {
                    cases++;
                    expect(wrong, endpoint.key() + " as " + role,
                            byRole.get(role).send(endpoint.method(), path, body, Map.of(), true), 403, "FORBIDDEN");
                }
            }
            if (!entry.ids().isEmpty()) {
                cases++;
                expect(wrong, endpoint.key() + " with another's or no such id",
                        allowed.send(endpoint.method(), path, body, Map.of(), true), 404, null);
            }
            if (endpoint.changesState() && !endpoint.external()) {
                cases += 2;
                expect(wrong, endpoint.key() + " from another site", allowed.send(endpoint.method(), path, body,
                        Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"), false), 403, "CROSS_ORIGIN");
                expect(wrong, endpoint.key() + " oversized",
                        allowed.send(endpoint.method(), path, OVERSIZED, Map.of(), true), 400, null);
            }
            if (endpoint.jsonBody()) {
                cases++;
                expect(wrong, endpoint.key() + " malformed",
                        allowed.send(endpoint.method(), path, BROKEN_JSON, Map.of(), true), 400, null);
            }
        }
        System.out.println("API matrix: " + API.size() + " methods, " + cases + " cases");
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
    }

    @Test
    void everyPageRefusesWhatItMust() {
        Map<String, Set<String>> areas = WebEndpoints.pageAreas();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String page : WebEndpoints.pages()) {
            Set<String> roles = areas.entrySet().stream().filter(a -> page.startsWith(a.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(Set.of());
            ApiClient allowed = roles.isEmpty() ? byRole.get("customer") : byRole.get(roles.iterator().next());

            ApiClient.Reply anonymous = new ApiClient(baseUri()).confirmedAdult().get(page);
            cases++;
            if (roles.isEmpty()) {
                if (anonymous.status() >= 500 || anonymous.status() == 401 || anonymous.status() == 403) {
                    wrong.add(page + " anonymous: " + anonymous.status());
                }
            } else if (anonymous.status() != 302 || !anonymous.raw().headers().firstValue("Location").orElse("")
                    .contains("/login.xhtml")) {
                wrong.add(page + " anonymous: " + anonymous.status() + ", not sent to the login page");
            }
            for (String role : ROLES) {
                if (!roles.isEmpty() && !roles.contains(role)) {
                    cases++;
                    int status = byRole.get(role).get(page).status();
                    if (status != 403) {
                        wrong.add(page + " as " + role + ": " + status + ", expected 403");
                    }
                }
            }
            Page entry = PAGES.get(page);
            if (entry != null && entry.byId() != null) {
                cases++;
                int status = allowed.get(page + "?id=" + value(entry.byId())).status();
                if (status != 404) {
                    wrong.add(page + " with another's or no such id: " + status + ", expected 404");
                }
            }
            cases++;
            int forged = allowed.send("POST", page, null, Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"),
                    false).status();
            if (forged != 403) {
                wrong.add(page + " posted from another site: " + forged + ", expected 403");
            }
        }
        System.out.println("Page matrix: " + PAGES.size() + " pages, " + cases + " cases");
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
    }

    private String fill(String path, Map<String, Id> ids) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            Id id = ids.get(parameter.group(1));
            if (id == null) {
                throw new IllegalStateException(path + ": no id for {" + parameter.group(1) + "} in its entry");
            }
            parameter.appendReplacement(filled, value(id));
        }
        return parameter.appendTail(filled).toString();
    }

    private String value(Id id) {
        return switch (id) {
            case OTHER_OPERATORS_ROOM -> Long.toString(otherOperatorsRoom);
            case NONE_SUCH -> "987654321";
        };
    }

    private static void expect(List<String> wrong, String what, ApiClient.Reply reply, int status, String code) {
        if (reply.status() != status) {
            wrong.add(what + ": " + reply.status() + " " + abbreviated(reply.body()) + ", expected " + status);
            return;
        }
        try {
            JsonObject json = reply.json();
            if (json.getBoolean("success", true) || !json.containsKey("error") || !json.containsKey("code")
                    || (code != null && !code.equals(json.getString("code")))) {
                wrong.add(what + ": not the JSON error shape" + (code == null ? "" : " with " + code) + ": "
                        + abbreviated(reply.body()));
            }
        } catch (JsonException | ClassCastException notJson) {
            wrong.add(what + ": not JSON: " + abbreviated(reply.body()));
        }
    }

    private static void expectBelow500(List<String> wrong, String what, ApiClient.Reply reply) {
        if (reply.status() >= 500) {
            wrong.add(what + ": " + reply.status() + " " + abbreviated(reply.body()));
        }
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
