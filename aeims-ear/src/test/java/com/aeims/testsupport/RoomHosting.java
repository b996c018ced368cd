package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The people of a room test over the API: an admin who hands out money, an operator who opens rooms (named with this
 * test's tag, so searches find only them) and customers with a balance; and the ledger check every room test ends with.
 */
public final class RoomHosting {

    /** A logged-in customer (customer pages render: the 18+ gate is passed). */
    public record Guest(ApiClient api, long id) {
    }

    private final URI base;
    private final ApiClient setup;
    private final ApiClient admin;
    private final ApiClient operator;
    private final long operatorId;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private RoomHosting(URI base) throws SQLException {
        this.base = base;
        setup = new ApiClient(base);
        admin = new ApiClient(base);
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        operatorId = TestAccounts.idOf(operatorEmail);
        operator = new ApiClient(base);
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
    }

    public static RoomHosting start(URI base) throws SQLException {
        return new RoomHosting(base);
    }

    public Guest guestWith(long cents) throws SQLException {
        ApiClient customer = new ApiClient(base).confirmedAdult();
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        long id = TestAccounts.idOf(email);
        TestAccounts.credit(admin, id, cents);
        return new Guest(customer, id);
    }

    /** Another operator on the same site, logged in. */
    public ApiClient otherOperator() throws SQLException {
        ApiClient other = new ApiClient(base);
        assertEquals(200, other.login(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"),
                TestAccounts.PASSWORD).status());
        return other;
    }

    /** Opens a room (its name ends with the tag); checks that the reply never shows the PIN. */
    public long openRoom(String name, String pin, int entryFeeCents, int rateCents, int maxUsers) {
        JsonObjectBuilder terms = Json.createObjectBuilder().add("name", name + " " + tag)
                .add("description", "Late talk " + tag).add("entry_fee_cents", entryFeeCents)
                .add("rate_per_minute_cents", rateCents).add("max_users", maxUsers);
        if (pin != null) {
            terms.add("pin", pin);
        }
        ApiClient.Reply reply = operator.post("api/rooms", terms.build().toString());
        assertEquals(201, reply.status(), reply.body());
        assertFalse(pin != null && reply.body().contains("\"" + pin + "\""), "the PIN is never shown");
        return reply.json().getJsonNumber("room_id").longValue();
    }

    public static ApiClient.Reply join(Guest guest, long room, String pin) {
        JsonObjectBuilder request = Prices.joinRequest(guest.api(), room);
        if (pin != null) {
            request.add("pin", pin);
        }
        return guest.api().post("api/rooms/" + room + "/join", request.build().toString());
    }

    /** Joins and returns the visit. */
    public static long joined(Guest guest, long room) {
        ApiClient.Reply reply = join(guest, room, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("visit_id").longValue();
    }

    public static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(code, reply.json().getString("code"));
    }

    public static void assertLedgerBalances() throws SQLException {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    public ApiClient operator() { return operator; }
    public long operatorId() { return operatorId; }
    public String tag() { return tag; }
}
