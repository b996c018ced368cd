package com.aeims.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What a client does before it pays: reads the price the API shows and sends it back with the request, as the price
 * it agreed to (a changed price is refused).
 */
public final class Prices {

    private Prices() {
    }

    /** A call request to the operator at the price {@code GET /api/operators/{id}} shows now. */
    public static JsonObjectBuilder callRequest(ApiClient client, long operatorId) {
        ApiClient.Reply reply = client.get("api/operators/" + operatorId);
        if (reply.status() != 200) {
            throw new IllegalStateException("operator " + operatorId + " not shown: " + reply.body());
        }
        JsonObject operator = reply.json().getJsonObject("operator");
        return Json.createObjectBuilder().add("operator_id", operatorId)
                .add("rate_per_minute_cents", cents(operator, "rate_per_minute"))
                .add("connect_fee_cents", cents(operator, "connect_fee"));
    }

    /**
     * A join request for the room at the price {@code GET /api/rooms/{id}} shows now; for a room it does not show,
     * no price at all, so the join answers why.
     */
    public static JsonObjectBuilder joinRequest(ApiClient client, long roomId) {
        ApiClient.Reply reply = client.get("api/rooms/" + roomId);
        if (reply.status() == 404) {
            return Json.createObjectBuilder().add("entry_fee_cents", 0).add("rate_per_minute_cents", 0);
        }
        if (reply.status() != 200) {
            throw new IllegalStateException("room " + roomId + " not shown: " + reply.body());
        }
        JsonObject room = reply.json();
        return Json.createObjectBuilder().add("entry_fee_cents", cents(room, "entry_fee"))
                .add("rate_per_minute_cents", cents(room, "rate_per_minute"));
    }

    private static long cents(JsonObject json, String dollarsField) {
        return json.getJsonNumber(dollarsField).bigDecimalValue().movePointRight(2).longValueExact();
    }
}
