package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.RoomHosting;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms over the API: creating them, the PIN and its throttling, the entry fee and first minute once per visit, full
 * and closed rooms. Minute billing, chat and moderation are in {@code RoomBillingIT} and {@code RoomChatApiIT}.
 */
class RoomApiIT extends AeimsIT {

    private RoomHosting hosting;
    private ApiClient operator;
    private String tag;

    @BeforeEach
    void people() throws Exception {
        hosting = RoomHosting.start(baseUri());
        operator = hosting.operator();
        tag = hosting.tag();
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        RoomHosting.assertLedgerBalances();
    }

    private ApiClient customerWith(long cents) throws Exception {
        return hosting.guestWith(cents).api();
    }

    private long createRoom(String name, String pin, int fee, int rate, int maxUsers) {
        return hosting.openRoom(name, pin, fee, rate, maxUsers);
    }

    private static ApiClient.Reply join(ApiClient customer, long room, String pin) {
        JsonObjectBuilder request = Prices.joinRequest(customer, room);
        if (pin != null) {
            request.add("pin", pin);
        }
        return customer.post("api/rooms/" + room + "/join", request.build().toString());
    }

    private static BigDecimal balance(ApiClient customer) {
        return customer.get("api/balance").json().getJsonNumber("balance").bigDecimalValue();
    }

    private long earningsCents() throws Exception {
        return LedgerBalances.operatorEarningsCents(hosting.operatorId());
    }

    @Test
    void theEntryFeeIsChargedOncePerVisitAndThePinIsStoredHashed() throws Exception {
        long room = createRoom("Night owls", "4321", 200, 100, 5);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT pin_hash FROM chat_room WHERE id = ?")) {
            s.setLong(1, room);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertNotEquals("4321", r.getString(1));
                assertFalse(r.getString(1).contains("4321"));
            }
        }
        ApiClient customer = customerWith(1_000);
        RoomHosting.assertError(join(customer, room, "1111"), 403, "WRONG_PIN");
        ApiClient.Reply joined = join(customer, room, "4321");
        assertEquals(200, joined.status(), joined.body());
        assertEquals(0, new BigDecimal("3.00").compareTo(joined.json().getJsonNumber("charged").bigDecimalValue()),
                "the entry fee and the first minute");
        assertEquals(0, new BigDecimal("7.00").compareTo(balance(customer)));
        assertEquals(160 + 80, earningsCents(), "80% of the entry fee and of the first minute");
        assertTrue(join(customer, room, "4321").json().getBoolean("already_inside"));
        assertEquals(0, new BigDecimal("7.00").compareTo(balance(customer)), "no second fee while inside");

        JsonObject listed = new ApiClient(baseUri()).get("api/rooms?q=" + tag).json().getJsonArray("rooms")
                .getJsonObject(0);
        assertEquals(1, listed.getInt("present"));
        assertTrue(listed.getBoolean("pin_protected"));

        assertEquals(200, customer.post("api/rooms/" + room + "/leave", "").status());
        assertEquals(200, join(customer, room, "4321").status(), "a new visit");
        assertEquals(0, new BigDecimal("4.00").compareTo(balance(customer)), "a new visit pays the fee again");
    }

    @Test
    void fiveWrongPinsInTenMinutesLockTheCustomerOutOfThatRoom() throws Exception {
        long room = createRoom("Locked", "2468", 100, 50, 5);
        ApiClient customer = customerWith(1_000);
        for (int attempt = 0; attempt < 5; attempt++) {
            RoomHosting.assertError(join(customer, room, "000" + attempt), 403, "WRONG_PIN");
        }
        RoomHosting.assertError(join(customer, room, "2468"), 429, "PIN_LOCKED");
        assertEquals(0, new BigDecimal("10.00").compareTo(balance(customer)), "nothing charged");
        assertEquals(200, join(customerWith(1_000), room, "2468").status(), "other customers are not locked out");
    }

    @Test
    void fullClosedAndUnaffordableRoomsRefuseAndChargeNothing() throws Exception {
        long small = createRoom("Duo", null, 100, 100, 1);
        assertEquals(200, join(customerWith(1_000), small, null).status());
        ApiClient second = customerWith(1_000);
        RoomHosting.assertError(join(second, small, null), 409, "ROOM_FULL");
        ApiClient poor = customerWith(150);
        long open = createRoom("Open", null, 100, 100, 10);
        RoomHosting.assertError(join(poor, open, null), 402, "INSUFFICIENT_FUNDS");
        assertEquals(0, new BigDecimal("1.50").compareTo(balance(poor)));

        assertEquals(200, operator.post("api/rooms/" + small + "/close", "").status());
        RoomHosting.assertError(join(second, small, null), 409, "ROOM_CLOSED");
        assertEquals(0, new BigDecimal("10.00").compareTo(balance(second)));
        assertTrue(new ApiClient(baseUri()).get("api/rooms?q=Duo%20" + tag).json().getJsonArray("rooms").isEmpty(),
                "closed rooms are not listed");
        RoomHosting.assertError(join(second, 987_654_321L, null), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void aJoinAtAPriceTheHostHasSinceRaisedIsRefusedWithTheNewPriceAndChargesNothing() throws Exception {
        long room = createRoom("Repriced", null, 100, 50, 5);
        ApiClient customer = customerWith(1_000);
        String seen = Prices.joinRequest(customer, room).build().toString();
        assertEquals(200, operator.put("api/rooms/" + room, Json.createObjectBuilder().add("name", "Repriced " + tag)
                .add("entry_fee_cents", 300).add("rate_per_minute_cents", 50).add("max_users", 5).build().toString())
                .status());

        ApiClient.Reply refused = customer.post("api/rooms/" + room + "/join", seen);
        RoomHosting.assertError(refused, 409, "PRICE_CHANGED");
        assertEquals(300, refused.json().getJsonObject("price").getInt("entry_fee_cents"));
        assertEquals(50, refused.json().getJsonObject("price").getInt("rate_per_minute_cents"));
        assertEquals(0, new BigDecimal("10.00").compareTo(balance(customer)), "nothing charged");

        ApiClient.Reply priceless = customer.post("api/rooms/" + room + "/join", "{}");
        RoomHosting.assertError(priceless, 400, "VALIDATION_FAILED");
        assertTrue(priceless.json().getJsonObject("fields").containsKey("entry_fee_cents"), priceless.body());

        assertEquals(200, join(customer, room, null).status(), "at the price shown now");
        assertEquals(0, new BigDecimal("6.50").compareTo(balance(customer)), "the new fee and the first minute");
    }

    @Test
    void anOperatorChangesTheirRoomDropsThePinAndReopensItButNobodyElseCan() throws Exception {
        long room = createRoom("Changing", "1357", 100, 100, 5);
        var terms = Json.createObjectBuilder().add("name", "Changed " + tag).add("description", "new topic")
                .add("entry_fee_cents", 50).add("rate_per_minute_cents", 75).add("max_users", 8);
        ApiClient.Reply kept = operator.put("api/rooms/" + room, terms.build().toString());
        assertEquals(200, kept.status(), kept.body());
        assertTrue(kept.json().getBoolean("pin_protected"), "a missing PIN keeps the current one");
        assertEquals("Changed " + tag, kept.json().getString("name"));
        RoomHosting.assertError(operator.put("api/rooms/" + room, Json.createObjectBuilder().add("name", "")
                .add("entry_fee_cents", -5).add("rate_per_minute_cents", 75).add("max_users", 8).build().toString()),
                400, "VALIDATION_FAILED");
        ApiClient otherOperator = hosting.otherOperator();
        RoomHosting.assertError(otherOperator.put("api/rooms/" + room, terms.build().toString()), 404, "ROOM_NOT_FOUND");

        ApiClient.Reply open = operator.put("api/rooms/" + room, Json.createObjectBuilder().add("name", "Changed " + tag)
                .add("entry_fee_cents", 50).add("rate_per_minute_cents", 75).add("max_users", 8)
                .add("remove_pin", true).build().toString());
        assertFalse(open.json().getBoolean("pin_protected"));
        ApiClient customer = customerWith(1_000);
        ApiClient.Reply joined = join(customer, room, null);
        assertEquals(0, new BigDecimal("1.25").compareTo(joined.json().getJsonNumber("charged").bigDecimalValue()),
                "the new entry fee and rate");

        assertEquals(200, operator.post("api/rooms/" + room + "/close", "").status());
        RoomHosting.assertError(otherOperator.post("api/rooms/" + room + "/reopen", ""), 404, "ROOM_NOT_FOUND");
        assertTrue(operator.post("api/rooms/" + room + "/reopen", "").json().getBoolean("active"));
        assertEquals(200, join(customer, room, null).status(), "open again");
    }

    @Test
    void badRoomsAreRefusedFieldByFieldAndOnlyOperatorsCreateThem() throws Exception {
        ApiClient.Reply bad = operator.post("api/rooms", Json.createObjectBuilder().add("name", " ")
                .add("pin", "12ab").add("entry_fee_cents", -1).add("rate_per_minute_cents", 100)
                .add("max_users", 0).build().toString());
        RoomHosting.assertError(bad, 400, "VALIDATION_FAILED");
        JsonObject fields = bad.json().getJsonObject("fields");
        assertTrue(fields.containsKey("name") && fields.containsKey("pin") && fields.containsKey("entry_fee_cents")
                && fields.containsKey("max_users"), fields.toString());
        RoomHosting.assertError(customerWith(100).post("api/rooms", "{\"name\": \"mine\"}"), 403, "FORBIDDEN");
        long room = createRoom("<script>alert(1)</script>", null, 0, 0, 3);
        assertEquals("<script>alert(1)</script> " + tag, new ApiClient(baseUri()).get("api/rooms?q=script").json()
                .getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("room_id").longValue() == room).findFirst().orElseThrow()
                .getString("name"), "kept as text");
    }
}
