package com.aeims.interfaces.rest;

import com.aeims.application.RoomService;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Private chat rooms: operators open, run and close them, anyone finds them, customers join, talk and leave; the
 * room page keeps a visit alive through {@code presence}.
 */
@Path("/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    private RoomService rooms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("min_rate_cents") Integer minRate,
                           @QueryParam("max_rate_cents") Integer maxRate) {
        JsonArrayBuilder list = JsonBuilders.array();
        rooms.search(currentSite.getId(), text, minRate, maxRate)
                .forEach(room -> list.add(withRoom(JsonBuilders.object(), room)));
        return ApiResponses.ok(ApiResponses.success().add("rooms", list));
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomService.RoomView room = rooms.create(currentUser.requireId(), draft(json));
        return Response.status(201).entity(withRoom(ApiResponses.success(), room).build())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The same fields as creating, all required; a blank or missing PIN keeps the current one, "remove_pin" drops it.
     */
    @PUT
    @Path("/{id}")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomService.RoomView room = rooms.change(currentUser.requireId(), id, draft(json),
                json.getBoolean("remove_pin", false));
        return ApiResponses.ok(withRoom(ApiResponses.success(), room));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed("operator")
    public Response reopen(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), rooms.reopen(currentUser.requireId(), id)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("operator")
    public Response close(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), rooms.close(currentUser.requireId(), id)));
    }

    /** {@code {"pin": "1234", "visit_key": "..."}}; joining twice while inside changes nothing. */
    @POST
    @Path("/{id}/join")
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") long id, JsonObject body) {
        JsonObject json = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        RoomService.Joined joined = rooms.join(currentUser.requireId(), id, JsonFields.text(json, "pin"),
                JsonFields.text(json, "visit_key"));
        return ApiResponses.ok(ApiResponses.success().add("visit_id", joined.visitId())
                .add("charged", Representations.dollars(joined.chargedCents()))
                .add("balance_remaining", Representations.dollars(joined.balanceRemainingCents()))
                .add("already_inside", joined.alreadyInside()));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed("customer")
    public Response leave(@PathParam("id") long id) {
        rooms.leave(currentUser.requireId(), id);
        return ApiResponses.ok(ApiResponses.success());
    }

    @GET
    @Path("/mine")
    @RolesAllowed("operator")
    public Response mine() {
        JsonArrayBuilder list = JsonBuilders.array();
        rooms.ownedBy(currentUser.requireId()).forEach(room -> list.add(withRoom(JsonBuilders.object(), room)));
        return ApiResponses.ok(ApiResponses.success().add("rooms", list));
    }

    @GET
    @Path("/{id}")
    public Response room(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), rooms.find(id)));
    }

    /** The room page calls this every 15 seconds while it is open; a visit not heard from for 45 seconds ends. */
    @POST
    @Path("/{id}/presence")
    @RolesAllowed("customer")
    public Response stillHere(@PathParam("id") long id) {
        RoomService.Visit visit = rooms.stillHere(currentUser.requireId(), id);
        JsonObjectBuilder reply = ApiResponses.success().add("visit_id", visit.visitId())
                .add("present", visit.present()).add("minutes_charged", visit.minutesCharged())
                .add("spent", Representations.dollars(visit.spentCents()))
                .add("paid_until", visit.paidUntil().toString())
                .add("balance", Representations.dollars(visit.balanceCents()))
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
        rooms.members(currentUser.requireId(), id).forEach(m -> list.add(JsonBuilders.object()
                .add("customer_id", m.customerId()).add("name", m.name()).add("joined_at", m.joinedAt().toString())));
        return ApiResponses.ok(ApiResponses.success().add("members", list));
    }

    @GET
    @Path("/{id}/messages")
    @RolesAllowed({"customer", "operator"})
    public Response history(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        JsonArrayBuilder list = JsonBuilders.array();
        rooms.history(currentUser.requireId(), id, limit == null ? 100 : limit)
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
        RoomService.Line line = rooms.say(currentUser.requireId(), id, JsonFields.text(json, "text"),
                JsonFields.text(json, "client_key"));
        return ApiResponses.ok(withLine(ApiResponses.success(), line));
    }

    /** {@code {"customer_id": 12, "ban": true}}: moves the customer out; a ban keeps them out. */
    @POST
    @Path("/{id}/kick")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response kick(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        rooms.remove(currentUser.requireId(), id, JsonFields.requiredLong(json, "customer_id"),
                json.getBoolean("ban", false));
        return ApiResponses.ok(ApiResponses.success());
    }

    @GET
    @Path("/{id}/bans")
    @RolesAllowed("operator")
    public Response bans(@PathParam("id") long id) {
        JsonArrayBuilder list = JsonBuilders.array();
        rooms.banned(currentUser.requireId(), id).forEach(m -> list.add(JsonBuilders.object()
                .add("customer_id", m.customerId()).add("name", m.name()).add("banned_at", m.joinedAt().toString())));
        return ApiResponses.ok(ApiResponses.success().add("bans", list));
    }

    @DELETE
    @Path("/{id}/bans/{customerId}")
    @RolesAllowed("operator")
    public Response liftBan(@PathParam("id") long id, @PathParam("customerId") long customerId) {
        rooms.liftBan(currentUser.requireId(), id, customerId);
        return ApiResponses.ok(ApiResponses.success());
    }

    /** {@code {"customer_id": 12}}: a purple toast for the customer, who may then enter without the PIN. */
    @POST
    @Path("/{id}/invite")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, JsonObject body) {
        rooms.invite(currentUser.requireId(), id, JsonFields.requiredLong(JsonFields.body(body), "customer_id"));
        return ApiResponses.ok(ApiResponses.success());
    }

    @GET
    @Path("/{id}/earnings")
    @RolesAllowed("operator")
    public Response earnings(@PathParam("id") long id) {
        return ApiResponses.ok(ApiResponses.success().add("earned",
                Representations.dollars(rooms.earnedCents(currentUser.requireId(), id))));
    }

    private static RoomService.Draft draft(JsonObject json) {
        return new RoomService.Draft(JsonFields.text(json, "name"), JsonFields.text(json, "description"),
                JsonFields.text(json, "pin"), JsonFields.integer(json, "entry_fee_cents"),
                JsonFields.integer(json, "rate_per_minute_cents"), JsonFields.integer(json, "max_users"));
    }

    private static JsonObjectBuilder withLine(JsonObjectBuilder json, RoomService.Line line) {
        return json.add("message_id", line.id()).add("author_id", line.authorId())
                .add("author", line.authorName()).add("kind", line.kind()).add("text", line.body())
                .add("sent_at", line.at().toString());
    }

    private static JsonObjectBuilder withRoom(JsonObjectBuilder json, RoomService.RoomView room) {
        return json.add("room_id", room.id()).add("operator_id", room.operatorId())
                .add("operator", room.operatorName()).add("name", room.name()).add("description", room.description())
                .add("pin_protected", room.pinProtected())
                .add("entry_fee", Representations.dollars(room.entryFeeCents()))
                .add("rate_per_minute", Representations.dollars(room.ratePerMinuteCents()))
                .add("max_users", room.maxUsers()).add("present", room.present()).add("active", room.active());
    }
}
