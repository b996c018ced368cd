package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.PushSocket;
import com.aeims.testsupport.RoomHosting;
import com.aeims.testsupport.RoomHosting.Guest;
import com.aeims.testsupport.RoomVisits;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talking in rooms over the API and the rooms websocket; asking people to leave, bans, and invitations. */
class RoomChatApiIT extends AeimsIT {

    private static final Duration PUSH = Duration.ofSeconds(10);

    private RoomHosting hosting;
    private ApiClient operator;

    @BeforeEach
    void people() throws Exception {
        hosting = RoomHosting.start(baseUri());
        operator = hosting.operator();
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        RoomHosting.assertLedgerBalances();
    }

    private Guest customerWith(long cents) throws Exception {
        return hosting.guestWith(cents);
    }

    private long createRoom(String pin) {
        return hosting.openRoom("Chat", pin, 100, 50, 10);
    }

    private static ApiClient.Reply say(ApiClient who, long room, String text, String key) {
        return who.post("api/rooms/" + room + "/messages", Json.createObjectBuilder().add("text", text)
                .add("client_key", key).build().toString());
    }

    @Test
    void peopleInTheRoomSeeEachOtherLiveAndLatecomersSeeTheHistory() throws Exception {
        long room = createRoom(null);
        Guest first = customerWith(1_000);
        assertEquals(200, RoomHosting.join(first, room, null).status());
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
            assertEquals(200, RoomHosting.join(second, room, null).status());
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
        assertEquals(200, RoomHosting.join(inside, room, null).status());
        RoomHosting.assertError(say(outside.api(), room, "let me in", "x"), 403, "NOT_IN_ROOM");
        RoomHosting.assertError(outside.api().get("api/rooms/" + room + "/messages"), 403, "NOT_IN_ROOM");
        RoomHosting.assertError(say(inside.api(), room, "   ", "blank"), 400, "VALIDATION_FAILED");
        RoomHosting.assertError(say(inside.api(), room, "x".repeat(1_001), "long"), 400, "VALIDATION_FAILED");
        RoomHosting.assertError(say(inside.api(), 987_654_321L, "anyone?", "nowhere"), 404, "ROOM_NOT_FOUND");
        ApiClient otherOperator = hosting.otherOperator();
        RoomHosting.assertError(say(otherOperator, room, "hello", "other"), 403, "NOT_IN_ROOM");
        RoomHosting.assertError(otherOperator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", inside.id()).build().toString()), 404, "ROOM_NOT_FOUND");
        assertEquals(1, operator.get("api/rooms/" + room + "/messages").json().getJsonArray("messages").size(),
                "only the join notice");
    }

    @Test
    void aKickedCustomerMayComeBackAndPaysAgainButABannedOneMayNotUntilTheBanIsLifted() throws Exception {
        long room = createRoom(null);
        Guest guest = customerWith(1_000);
        long visit = RoomHosting.join(guest, room, null).json().getJsonNumber("visit_id").longValue();
        try (PushSocket pushes = PushSocket.open(baseUri(), guest.api(), "customer/room.xhtml?id=" + room, "rooms")) {
            // the handshake can complete before the server has registered the socket: a line seen proves it has
            AtomicInteger welcomes = new AtomicInteger();
            pushes.awaitNudging(PUSH, "the host's line", PushSocket.type("said"), Duration.ofSeconds(1),
                    () -> assertEquals(200, say(operator, room, "welcome", "welcome-" + welcomes.incrementAndGet())
                            .status()));
            assertEquals(200, operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                    .add("customer_id", guest.id()).build().toString()).status());
            JsonObject removed = pushes.await(PUSH, "the removal", PushSocket.type("removed"));
            assertTrue(removed.getString("text").contains("asked you to leave"), removed.toString());
        }
        assertEquals("KICKED", RoomVisits.leftReason(visit));
        RoomHosting.assertError(operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", guest.id()).build().toString()), 409, "NOT_IN_ROOM");
        long again = RoomHosting.join(guest, room, null).json().getJsonNumber("visit_id").longValue();
        assertEquals(1_000 - 2 * 150, LedgerBalances.customerAvailableCents(guest.id()), "a new visit pays again");

        assertEquals(200, operator.post("api/rooms/" + room + "/kick", Json.createObjectBuilder()
                .add("customer_id", guest.id()).add("ban", true).build().toString()).status());
        assertEquals("BANNED", RoomVisits.leftReason(again));
        RoomHosting.assertError(RoomHosting.join(guest, room, null), 403, "BANNED");
        assertEquals(700, LedgerBalances.customerAvailableCents(guest.id()), "a refused join charges nothing");
        JsonArray bans = operator.get("api/rooms/" + room + "/bans").json().getJsonArray("bans");
        assertEquals(guest.id(), bans.getJsonObject(0).getJsonNumber("customer_id").longValue());

        assertEquals(200, operator.delete("api/rooms/" + room + "/bans/" + guest.id()).status());
        assertEquals(200, RoomHosting.join(guest, room, null).status());
    }

    @Test
    void anInvitationArrivesAsAPurpleToastAndLetsTheCustomerInWithoutThePin() throws Exception {
        long room = createRoom("8642");
        Guest guest = customerWith(1_000);
        RoomHosting.assertError(operator.post("api/rooms/" + room + "/invite", Json.createObjectBuilder()
                .add("customer_id", guest.id()).build().toString()), 403, "NOT_IN_TOUCH");
        assertEquals(200, guest.api().post("api/messages/send", Json.createObjectBuilder()
                .add("operator_id", hosting.operatorId()).add("message_text", "Any rooms tonight?").build().toString()).status());

        try (PushSocket toasts = PushSocket.open(baseUri(), guest.api(), "customer/dashboard.xhtml",
                "notifications")) {
            assertEquals(200, operator.post("api/rooms/" + room + "/invite", Json.createObjectBuilder()
                    .add("customer_id", guest.id()).build().toString()).status());
            JsonObject toast = toasts.await(PUSH, "the invitation toast", PushSocket.type("room_invitation"));
            assertEquals("purple", toast.getString("color"));
            assertTrue(toast.getString("link").endsWith("/customer/room.xhtml?id=" + room), toast.toString());
        }
        ApiClient.Reply joined = RoomHosting.join(guest, room, null);
        assertEquals(200, joined.status(), "invited: no PIN asked");
        assertEquals(0, new BigDecimal("1.50").compareTo(joined.json().getJsonNumber("charged").bigDecimalValue()));
        Guest uninvited = customerWith(1_000);
        RoomHosting.assertError(RoomHosting.join(uninvited, room, null), 403, "WRONG_PIN");
    }
}
