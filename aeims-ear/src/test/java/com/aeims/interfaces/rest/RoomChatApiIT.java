package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.PushSocket;
import com.aeims.testsupport.RoomVisits;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talking in rooms over the API and the rooms websocket; asking people to leave, bans, and invitations. */
class RoomChatApiIT extends AeimsIT {

    private static final Duration PUSH = Duration.ofSeconds(10);

    private ApiClient setup;
    private ApiClient admin;
    private ApiClient operator;
    private long operatorId;
    private String tag;

    private record Guest(ApiClient api, long id) {
    }

    @BeforeEach
    void people() throws Exception {
        setup = new ApiClient(baseUri());
        admin = new ApiClient(baseUri());
        assertEquals(200, admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD).status());
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        operatorId = TestAccounts.idOf(operatorEmail);
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(operatorEmail, TestAccounts.PASSWORD).status());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
    }

    private Guest customerWith(long cents) throws Exception {
        ApiClient customer = new ApiClient(baseUri()).confirmedAdult();
        String email = TestAccounts.registerCustomer(setup);
        assertEquals(200, customer.login(email, TestAccounts.PASSWORD).status());
        long id = TestAccounts.idOf(email);
        TestAccounts.credit(admin, id, cents);
        return new Guest(customer, id);
    }

    private long createRoom(String pin) {
        var json = Json.createObjectBuilder().add("name", "Chat " + tag).add("entry_fee_cents", 100)
                .add("rate_per_minute_cents", 50).add("max_users", 10);
        if (pin != null) {
            json.add("pin", pin);
        }
        ApiClient.Reply reply = operator.post("api/rooms", json.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("room_id").longValue();
    }

    private static ApiClient.Reply join(Guest guest, long room, String pin) {
        return guest.api().post("api/rooms/" + room + "/join", pin == null ? "{}"
                : Json.createObjectBuilder().add("pin", pin).build().toString());
    }

    private static ApiClient.Reply say(ApiClient who, long room, String text, String key) {
        return who.post("api/rooms/" + room + "/messages", Json.createObjectBuilder().add("text", text)
                .add("client_key", key).build().toString());
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(code, reply.json().getString("code"));
    }

    @Test
    void peopleInTheRoomSeeEachOtherLiveAndLatecomersSeeTheHistory() throws Exception {
        long room = createRoom(null);
        Guest first = customerWith(1_000);
        assertEquals(200, join(first, room, null).status());
        try (PushSocket firstSees = PushSocket.open(baseUri(), first.api(), "customer/room.xhtml?id=" + room, "rooms")) {
            String script = "<script>alert('x')</script> hi";
            ApiClient.Reply said = say(first.api(), room, script, "k-1");
            assertEquals(200, said.status(), said.body());
            assertEquals(said.json().getJsonNumber("message_id").longValue(),
                    say(first.api(), room, script, "k-1").json().getJsonNumber("message_id").longValue(),
                    "a resent message lands once");
            JsonObject live = firstSees.await(PUSH, "their own line", PushSocket.type("said"));
            assertEquals(script, live.getString("text"), "kept as text; the page sets it as text");

            Guest second = customerWith(1_000);
            assertEquals(200, join(second, room, null).status());
            JsonObject joined = firstSees.await(PUSH, "the newcomer", PushSocket.type("joined"));
            assertEquals(second.id(), joined.getJsonNumber("actor_id").longValue());
            assertEquals(200, say(operator, room, "Welcome both", "op-1").status());
            firstSees.await(PUSH, "the host's line", m -> "said".equals(m.getString("type"))
                    && "Welcome both".equals(m.getString("text")));

            JsonArray history = second.api().get("api/rooms/" + room + "/messages").json().getJsonArray("messages");
            List<String> kinds = history.getValuesAs(JsonObject.class).stream().map(m -> m.getString("kind")).toList();
            assertEquals(List.of("JOINED", "MESSAGE", "JOINED", "MESSAGE"), kinds);
            assertEquals(script, history.getJsonObject(1).getString("text"));
            JsonArray members = operator.get("api/rooms/" + room + "/members").json().getJsonArray("members");
            assertEquals(2, members.size());

            assertEquals(200, second.api().post("api/rooms/" + room + "/leave", "").status());
            JsonObject left = firstSees.await(PUSH, "the leaving", PushSocket.type("left"));
            assertEquals("left", left.getString("text"));
        }
    }

    @Test
    void onlyTheHostAndPeopleInsideTalkOrReadAndBadMessagesAreRefused() throws Exception {
        long room = createRoom(null);
        Guest inside = customerWith(1_000);
        Guest outside = customerWith(1_000);
        assertEquals(200, join(inside, room, null).status());
        assertError(say(outside.api(), room, "let me in", "x"), 403, "NOT_IN_ROOM");
        assertError(outside.api().get("api/rooms/" + room + "/messages"), 403, "NOT_IN_ROOM");
        assertError(say(inside.api(), room, "   ", "blank"), 400, "VALIDATION_FAILED");
        assertError(say(inside.api(), room, "x".repeat(1_001), "long"), 400, "VALIDATION_FAILED");
        assertError(say(inside.api(), 987_654_321L, "anyone?", "nowhere"), 404, "ROOM_NOT_FOUND");
        ApiClient otherOperator = new ApiClient(baseUri());
        assertEquals(200, otherOperator.login(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"),
                TestAccounts.PASSWORD).status());
        assertError(say(otherOperator, room, "hello", "other"), 403, "NOT_IN_ROOM");
        assertError(otherOperator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", inside.id()).build().toString()), 404, "ROOM_NOT_FOUND");
        assertEquals(1, operator.get("api/rooms/" + room + "/messages").json().getJsonArray("messages").size(),
                "only the join notice");
    }

    @Test
    void aKickedCustomerMayComeBackAndPaysAgainButABannedOneMayNotUntilTheBanIsLifted() throws Exception {
        long room = createRoom(null);
        Guest guest = customerWith(1_000);
        long visit = join(guest, room, null).json().getJsonNumber("visit_id").longValue();
        try (PushSocket pushes = PushSocket.open(baseUri(), guest.api(), "customer/room.xhtml?id=" + room, "rooms")) {
            assertEquals(200, operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                    .add("customer_id", guest.id()).build().toString()).status());
            JsonObject removed = pushes.await(PUSH, "the removal", PushSocket.type("removed"));
            assertTrue(removed.getString("text").contains("asked you to leave"), removed.toString());
        }
        assertEquals("KICKED", RoomVisits.leftReason(visit));
        assertError(operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", guest.id()).build().toString()), 409, "NOT_IN_ROOM");
        long again = join(guest, room, null).json().getJsonNumber("visit_id").longValue();
        assertEquals(1_000 - 2 * 150, LedgerBalances.customerAvailableCents(guest.id()), "a new visit pays again");

        assertEquals(200, operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", guest.id()).add("ban", true).build().toString()).status());
        assertEquals("BANNED", RoomVisits.leftReason(again));
        assertError(join(guest, room, null), 403, "BANNED");
        assertEquals(700, LedgerBalances.customerAvailableCents(guest.id()), "a refused join charges nothing");
        JsonArray bans = operator.get("api/rooms/" + room + "/bans").json().getJsonArray("bans");
        assertEquals(guest.id(), bans.getJsonObject(0).getJsonNumber("customer_id").longValue());

        assertEquals(200, operator.delete("api/rooms/" + room + "/bans/" + guest.id()).status());
        assertEquals(200, join(guest, room, null).status());
    }

    @Test
    void anInvitationArrivesAsAPurpleToastAndLetsTheCustomerInWithoutThePin() throws Exception {
        long room = createRoom("8642");
        Guest guest = customerWith(1_000);
        assertError(operator.post("api/rooms/" + room + "/invite", Json.createObjectBuilder()
                .add("customer_id", guest.id()).build().toString()), 403, "NOT_IN_TOUCH");
        assertEquals(200, guest.api().post("api/messages/send", Json.createObjectBuilder()
                .add("operator_id", operatorId).add("message_text", "Any rooms tonight?").build().toString()).status());

        try (PushSocket toasts = PushSocket.open(baseUri(), guest.api(), "customer/dashboard.xhtml",
                "notifications")) {
            assertEquals(200, operator.post("api/rooms/" + room + "/invite", Json.createObjectBuilder()
                    .add("customer_id", guest.id()).build().toString()).status());
            JsonObject toast = toasts.await(PUSH, "the invitation toast", PushSocket.type("room_invitation"));
            assertEquals("purple", toast.getString("color"));
            assertTrue(toast.getString("link").endsWith("/customer/room.xhtml?id=" + room), toast.toString());
        }
        ApiClient.Reply joined = join(guest, room, null);
        assertEquals(200, joined.status(), "invited: no PIN asked");
        assertEquals(0, new BigDecimal("1.50").compareTo(joined.json().getJsonNumber("charged").bigDecimalValue()));
        Guest uninvited = customerWith(1_000);
        assertError(join(uninvited, room, null), 403, "WRONG_PIN");
    }
}
