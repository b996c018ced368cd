package com.aeims.interfaces.rest;

import static com.aeims.interfaces.rest.RoomRepresentations.member;
import static com.aeims.interfaces.rest.RoomRepresentations.withLine;
import static com.aeims.interfaces.rest.RoomRepresentations.withRoom;

import com.aeims.application.room.RoomChat;
import com.aeims.application.room.RoomPrice;
import com.aeims.application.room.RoomVisits;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Private chat rooms for everyone who finds and visits them: anyone finds them, customers join and leave, the room
 * page keeps a visit alive through {@code presence}, and the people in a room (its operator too) talk. The
 * operator's side of the same paths is {@link RoomHostResource}.
 */
@Path("/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    private RoomVisits visits;

    @Inject
    private RoomChat chat;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("min_rate_cents") Integer minRate,
                           @QueryParam("max_rate_cents") Integer maxRate) {
        JsonFields.searchText("q", text);
        JsonArrayBuilder list = JsonBuilders.array();
        visits.search(currentSite.getId(), text, minRate, maxRate)
                .forEach(room -> list.add(withRoom(JsonBuilders.object(), room)));
        return ApiResponses.ok(ApiResponses.success().add("rooms", list));
    }

    @GET
    @Path("/{id}")
    public Response room(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), visits.find(id)));
    }

    /**
     * {@code {"entry_fee_cents": 199, "rate_per_minute_cents": 99, "pin": "1234", "visit_key": "..."}}, the prices as
     * the customer was shown them; joining twice while inside changes nothing.
     */
    @POST
    @Path("/{id}/join")
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomPrice seen = new RoomPrice(JsonFields.requiredLong(json, "entry_fee_cents"),
                JsonFields.requiredLong(json, "rate_per_minute_cents"));
        RoomVisits.Joined joined = visits.join(currentUser.requireId(), id, JsonFields.text(json, "pin"),
                JsonFields.text(json, "visit_key"), seen);
        return ApiResponses.ok(ApiResponses.success().add("visit_id", joined.visitId())
                .add("charged", Amounts.dollars(joined.chargedCents()))
                .add("balance_remaining", Amounts.dollars(joined.balanceRemainingCents()))
                .add("already_inside", joined.alreadyInside()));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed("customer")
    public Response leave(@PathParam("id") long id) {
        visits.leave(currentUser.requireId(), id);
        return ApiResponses.ok(ApiResponses.success());
    }

    /** The room page calls this every 15 seconds while it is open; a visit not heard from for 45 seconds ends. */
    @POST
    @Path("/{id}/presence")
    @RolesAllowed("customer")
    public Response stillHere(@PathParam("id") long id) {
        RoomVisits.Visit visit = visits.stillHere(currentUser.requireId(), id);
        JsonObjectBuilder reply = ApiResponses.success().add("visit_id", visit.visitId())
                .add("present", visit.present()).add("minutes_charged", visit.minutesCharged())
                .add("spent", Amounts.dollars(visit.spentCents()))
                .add("paid_until", visit.paidUntil().toString())
                .add("balance", Amounts.dollars(visit.balanceCents()))
                .add("next_minute_affordable", visit.nextMinuteAffordable());
        if (visit.leftReason() != null) {
            reply.add("left_reason", visit.leftReason());
        }
        return ApiResponses.ok(reply);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({"customer", "operator"})
    public Response members(@PathParam("id") long id) {
        JsonArrayBuilder list = JsonBuilders.array();
        chat.members(currentUser.requireId(), id).forEach(m -> list.add(member(m, "joined_at")));
        return ApiResponses.ok(ApiResponses.success().add("members", list));
    }

    @GET
    @Path("/{id}/messages")
    @RolesAllowed({"customer", "operator"})
    public Response history(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        JsonArrayBuilder list = JsonBuilders.array();
        chat.history(currentUser.requireId(), id, limit == null ? 100 : limit)
                .forEach(line -> list.add(withLine(JsonBuilders.object(), line)));
        return ApiResponses.ok(ApiResponses.success().add("messages", list));
    }

    /** {@code {"text": "...", "client_key": "..."}}: the same client key again returns the first message. */
    @POST
    @Path("/{id}/messages")
    @RolesAllowed({"customer", "operator"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response say(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomChat.Line line = chat.say(currentUser.requireId(), id, JsonFields.text(json, "text"),
                JsonFields.text(json, "client_key"));
        return ApiResponses.ok(withLine(ApiResponses.success(), line));
    }
}
