package com.aeims.interfaces.rest;

import com.aeims.application.RoomService;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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

/** Private chat rooms: operators open and close them, anyone finds them, customers join and leave. */
@Path("/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    private RoomService rooms;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("min_rate_cents") Integer minRate,
                           @QueryParam("max_rate_cents") Integer maxRate) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        rooms.search(text, minRate, maxRate).forEach(room -> list.add(fields(room)));
        return ApiResponses.ok(ApiResponses.success().add("rooms", list));
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomService.RoomView room = rooms.create(currentUser.requireId(), new RoomService.Draft(
                JsonFields.text(json, "name"), JsonFields.text(json, "description"), JsonFields.text(json, "pin"),
                JsonFields.integer(json, "entry_fee_cents"), JsonFields.integer(json, "rate_per_minute_cents"),
                JsonFields.integer(json, "max_users")));
        JsonObjectBuilder reply = ApiResponses.success();
        fields(room).build().forEach(reply::add);
        return Response.status(201).entity(reply.build()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("operator")
    public Response close(@PathParam("id") long id) {
        JsonObjectBuilder reply = ApiResponses.success();
        fields(rooms.close(currentUser.requireId(), id)).build().forEach(reply::add);
        return ApiResponses.ok(reply);
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

    private static JsonObjectBuilder fields(RoomService.RoomView room) {
        return Json.createObjectBuilder().add("room_id", room.id()).add("operator_id", room.operatorId())
                .add("operator", room.operatorName()).add("name", room.name()).add("description", room.description())
                .add("pin_protected", room.pinProtected())
                .add("entry_fee", Representations.dollars(room.entryFeeCents()))
                .add("rate_per_minute", Representations.dollars(room.ratePerMinuteCents()))
                .add("max_users", room.maxUsers()).add("present", room.present()).add("active", room.active());
    }
}
