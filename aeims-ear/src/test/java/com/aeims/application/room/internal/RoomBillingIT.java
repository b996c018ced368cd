package com.aeims.application.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.PushSocket;
import com.aeims.testsupport.RoomHosting;
import com.aeims.testsupport.RoomHosting.Guest;
import com.aeims.testsupport.RoomVisits;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rooms' minute meter on the real server: every started minute is charged when it starts and split like calls,
 * and billing stops when the customer leaves, goes silent, runs out of money or the room closes. Visits are moved back
 * in time in the database, so a minute passes for the meter without waiting one.
 */
class RoomBillingIT extends AeimsIT {

    private static final Duration TICK = Duration.ofSeconds(20);

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

    private long createRoom(int fee, int rate) {
        return hosting.openRoom("Meter", null, fee, rate, 10);
    }

    private static long join(Guest guest, long room) {
        return RoomHosting.joined(guest, room);
    }

    /** The page says it is still open, and a minute of the stay passes. */
    private static void aMinutePasses(Guest guest, long room, long visit) throws Exception {
        assertEquals(200, guest.api().post("api/rooms/" + room + "/presence", "").status());
        RoomVisits.backdate(visit, 60);
    }

    private static void awaitMinutes(long visit, int minutes) {
        Eventually.await(TICK, "visit " + visit + " has paid " + minutes + " minutes",
                () -> RoomVisits.minutesCharged(visit) == minutes);
    }

    private static long balance(Guest guest) throws Exception {
        return LedgerBalances.customerAvailableCents(guest.id());
    }

    @Test
    void everyStartedMinuteIsPaidWhenItStartsAndSplitLikeCalls() throws Exception {
        long room = createRoom(200, 137);
        Guest guest = customerWith(2_000);
        long visit = join(guest, room);
        assertEquals(2_000 - 200 - 137, balance(guest), "the entry fee and the first minute on joining");
        assertEquals(160 + 109, LedgerBalances.operatorEarningsCents(hosting.operatorId()), "80% of each, rounded down");

        aMinutePasses(guest, room, visit);
        awaitMinutes(visit, 2);
        aMinutePasses(guest, room, visit);
        awaitMinutes(visit, 3);

        assertEquals(2_000 - 200 - 3 * 137, balance(guest));
        assertEquals(160 + 3 * 109, LedgerBalances.operatorEarningsCents(hosting.operatorId()));
        assertEquals(200 + 3 * 137, RoomVisits.chargedCents(visit), "one charge per minute, none twice");
        JsonObject stay = guest.api().post("api/rooms/" + room + "/presence", "").json();
        assertEquals(3, stay.getInt("minutes_charged"));
        assertEquals(0, new BigDecimal("6.11").compareTo(stay.getJsonNumber("spent").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4.87").compareTo(operator.get("api/rooms/" + room + "/earnings").json()
                .getJsonNumber("earned").bigDecimalValue()), "the room's earnings: 1.60 + 3 x 1.09");
    }

    @Test
    void aPriceChangeAppliesToVisitsThatStartAfterIt() throws Exception {
        long room = createRoom(0, 100);
        Guest before = customerWith(1_000);
        long beforeVisit = join(before, room);
        ApiClient.Reply changed = operator.put("api/rooms/" + room, Json.createObjectBuilder()
                .add("name", "Meter " + hosting.tag()).add("description", "dearer now").add("entry_fee_cents", 0)
                .add("rate_per_minute_cents", 300).add("max_users", 10).build().toString());
        assertEquals(200, changed.status(), changed.body());
        Guest after = customerWith(1_000);
        long afterVisit = join(after, room);
        aMinutePasses(before, room, beforeVisit);
        aMinutePasses(after, room, afterVisit);
        awaitMinutes(beforeVisit, 2);
        awaitMinutes(afterVisit, 2);
        assertEquals(1_000 - 2 * 100, balance(before), "joined at $1.00 a minute, stays at it");
        assertEquals(1_000 - 2 * 300, balance(after));
    }

    @Test
    void leavingStopsBillingBeforeTheNextMinute() throws Exception {
        long room = createRoom(0, 100);
        Guest stayer = customerWith(1_000);
        Guest leaver = customerWith(1_000);
        long stayerVisit = join(stayer, room);
        long leaverVisit = join(leaver, room);
        assertEquals(200, leaver.api().post("api/rooms/" + room + "/leave", "").status());

        aMinutePasses(stayer, room, stayerVisit);
        RoomVisits.backdate(leaverVisit, 60);
        awaitMinutes(stayerVisit, 2);

        assertEquals(1, RoomVisits.minutesCharged(leaverVisit));
        assertEquals("LEFT", RoomVisits.leftReason(leaverVisit));
        assertEquals(900, balance(leaver), "only the minute that had started");
        assertEquals(800, balance(stayer));
    }

    @Test
    void aPageThatWentSilentStopsBillingWithinAMinute() throws Exception {
        long room = createRoom(0, 100);
        Guest witness = customerWith(1_000);
        Guest closedBrowser = customerWith(1_000);
        Guest lostConnection = customerWith(1_000);
        long witnessVisit = join(witness, room);
        long closedVisit = join(closedBrowser, room);
        long lostVisit = join(lostConnection, room);
        // a browser closed 40 s ago, at the start of its next minute: it has missed two beats and is not charged
        RoomVisits.silence(closedVisit, 40);
        RoomVisits.backdate(closedVisit, 60);
        // a connection lost 50 s ago in the middle of a minute: the visit ends before that minute is over
        RoomVisits.silence(lostVisit, 50);
        aMinutePasses(witness, room, witnessVisit);
        awaitMinutes(witnessVisit, 2);
        Eventually.await(TICK, "the silent visits end", () -> RoomVisits.leftReason(lostVisit) != null);

        assertEquals("DISCONNECTED", RoomVisits.leftReason(closedVisit));
        assertEquals("DISCONNECTED", RoomVisits.leftReason(lostVisit));
        assertEquals(900, balance(closedBrowser));
        assertEquals(900, balance(lostConnection));
        JsonObject stay = closedBrowser.api().post("api/rooms/" + room + "/presence", "").json();
        assertFalse(stay.getBoolean("present"), "the page learns its visit is over");
        assertEquals("DISCONNECTED", stay.getString("left_reason"));
    }

    @Test
    void aPageWhoseBrowserAnswersPingsStaysInTheRoomWhileItsTimersSleep() throws Exception {
        long room = createRoom(0, 100);
        Guest guest = customerWith(1_000);
        long visit = join(guest, room);
        // no heartbeat for 25 s, as in a background tab: 20 s more and the visit would end
        RoomVisits.silence(visit, 25);
        CompletableFuture<Integer> refusal = new CompletableFuture<>();
        HttpClient client = HttpClient.newHttpClient();
        URI presence = presenceOf(room);
        WebSocket page = client.newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + guest.api().sessionId().orElseThrow())
                .buildAsync(presence, new WebSocket.Listener() { }).join();
        try {
            Eventually.await(TICK, "the server hears from the page", () -> RoomVisits.secondsSinceSeen(visit) < 10);
        } finally {
            page.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        assertNull(RoomVisits.leftReason(visit));

        client.newWebSocketBuilder().buildAsync(presence, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
                refusal.complete(statusCode);
                return null;
            }
        }).join();
        assertEquals(1008, refusal.get(10, TimeUnit.SECONDS), "nobody's page is refused");
    }

    @Test
    void aRoomPageKeepsOnlyItsOwnRoomsVisitAliveNotTheCustomersVisitsOfOtherRooms() throws Exception {
        long first = createRoom(0, 100);
        long second = createRoom(0, 100);
        Guest guest = customerWith(1_000);
        long firstVisit = join(guest, first);
        long secondVisit = join(guest, second);
        // the customer navigated away from the second room: only the first room's page is open
        RoomVisits.silence(firstVisit, 25);
        RoomVisits.silence(secondVisit, 25);
        WebSocket page = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + guest.api().sessionId().orElseThrow())
                .buildAsync(presenceOf(first), new WebSocket.Listener() { }).join();
        try {
            Eventually.await(TICK, "the first room's page is heard from",
                    () -> RoomVisits.secondsSinceSeen(firstVisit) < 10);
        } finally {
            page.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        assertTrue(RoomVisits.secondsSinceSeen(secondVisit) >= 25, "the other room's visit was kept alive");
    }

    private URI presenceOf(long room) {
        return URI.create(baseUri().toString().replaceFirst("^http", "ws") + "rooms/presence?room=" + room);
    }

    @Test
    void aCustomerWhoCannotPayTheNextMinuteIsWarnedAMinuteAheadThenMovedOutAndNeverGoesNegative() throws Exception {
        long room = createRoom(100, 100);
        Guest guest = customerWith(350);
        long visit = join(guest, room);
        try (PushSocket pushes = PushSocket.open(baseUri(), guest.api(), "customer/room.xhtml?id=" + room, "rooms")) {
            aMinutePasses(guest, room, visit);
            JsonObject warning = pushes.await(TICK, "a low-funds warning", PushSocket.type("low_funds"));
            assertEquals(room, warning.getJsonNumber("room_id").longValue());
            assertEquals(2, pushes.await(TICK, "the minute", PushSocket.type("minute_paid")).getInt("minutes"));
            assertFalse(guest.api().post("api/rooms/" + room + "/presence", "").json()
                    .getBoolean("next_minute_affordable"));
            assertEquals(50, balance(guest));

            aMinutePasses(guest, room, visit);
            JsonObject removed = pushes.await(TICK, "the removal", PushSocket.type("removed"));
            assertTrue(removed.getString("text").contains("Add funds"), removed.toString());
        }
        assertEquals("OUT_OF_FUNDS", RoomVisits.leftReason(visit));
        assertEquals(2, RoomVisits.minutesCharged(visit));
        assertEquals(50, balance(guest), "what could not pay a minute is left untouched");
    }

    @Test
    void twoRoomsAtOnceNeverSpendMoreThanTheBalance() throws Exception {
        long first = createRoom(100, 200);
        long second = createRoom(100, 200);
        Guest guest = customerWith(800);
        long firstVisit = join(guest, first);
        long secondVisit = join(guest, second);
        assertEquals(200, balance(guest));

        aMinutePasses(guest, first, firstVisit);
        aMinutePasses(guest, second, secondVisit);
        Eventually.await(TICK, "both next minutes settled", () ->
                List.of(firstVisit, secondVisit).stream().allMatch(v -> RoomVisits.minutesCharged(v) == 2
                        || RoomVisits.leftReason(v) != null));

        List<Long> paid = List.of(firstVisit, secondVisit).stream().filter(v -> RoomVisits.minutesCharged(v) == 2)
                .toList();
        assertEquals(1, paid.size(), "the balance paid one more minute, not two");
        long unpaid = paid.get(0) == firstVisit ? secondVisit : firstVisit;
        assertEquals("OUT_OF_FUNDS", RoomVisits.leftReason(unpaid));
        assertEquals(0, balance(guest));
        assertEquals(800, RoomVisits.chargedCents(firstVisit) + RoomVisits.chargedCents(secondVisit));
    }

    @Test
    void closingTheRoomMovesEveryoneOutAndStopsAllTheirBilling() throws Exception {
        long room = createRoom(0, 100);
        long otherRoom = createRoom(0, 100);
        Guest first = customerWith(1_000);
        Guest second = customerWith(1_000);
        Guest witness = customerWith(1_000);
        long firstVisit = join(first, room);
        long secondVisit = join(second, room);
        long witnessVisit = join(witness, otherRoom);
        try (PushSocket pushes = PushSocket.open(baseUri(), first.api(), "customer/room.xhtml?id=" + room, "rooms")) {
            assertEquals(200, operator.post("api/rooms/" + room + "/close", "").status());
            pushes.await(TICK, "the closing", PushSocket.type("closed"));
        }
        RoomVisits.backdate(firstVisit, 60);
        RoomVisits.backdate(secondVisit, 60);
        aMinutePasses(witness, otherRoom, witnessVisit);
        awaitMinutes(witnessVisit, 2);

        for (long visit : List.of(firstVisit, secondVisit)) {
            assertEquals("ROOM_CLOSED", RoomVisits.leftReason(visit));
            assertEquals(1, RoomVisits.minutesCharged(visit));
        }
        assertEquals(900, balance(first));
        assertEquals(900, balance(second));
    }
}
