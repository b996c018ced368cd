package com.aeims.interfaces.rest;

import static com.aeims.interfaces.rest.RoomRepresentations.member;
import static com.aeims.interfaces.rest.RoomRepresentations.withRoom;

import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomModeration;
import com.aeims.application.room.RoomView;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator's side of their rooms: open, change, close and reopen them, see what they earn, ask people to leave,
 * ban, lift bans and invite. It shares {@code /rooms} with {@link RoomResource}; RESTEasy matches the methods of all
 * root resources of one path together.
 */
@Path("/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class RoomHostResource {

    @Inject
    private RoomAdministration administration;

    @Inject
    private RoomModeration moderation;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomView room = administration.create(currentUser.requireId(), draft(json));
        return Response.status(201).entity(withRoom(ApiResponses.success(), room).build())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The same fields as creating, all required; a blank or missing PIN keeps the current one, "remove_pin" drops it.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        RoomView room = administration.change(currentUser.requireId(), id, draft(json),
                json.getBoolean("remove_pin", false));
        return ApiResponses.ok(withRoom(ApiResponses.success(), room));
    }

    @POST
    @Path("/{id}/reopen")
    public Response reopen(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), administration.reopen(currentUser.requireId(), id)));
    }

    @POST
    @Path("/{id}/close")
    public Response close(@PathParam("id") long id) {
        return ApiResponses.ok(withRoom(ApiResponses.success(), administration.close(currentUser.requireId(), id)));
    }

    @GET
    @Path("/mine")
    public Response mine() {
        JsonArrayBuilder list = JsonBuilders.array();
        administration.ownedBy(currentUser.requireId())
                .forEach(room -> list.add(withRoom(JsonBuilders.object(), room)));
        return ApiResponses.ok(ApiResponses.success().add("rooms", list));
    }

    @GET
    @Path("/{id}/earnings")
    public Response earnings(@PathParam("id") long id) {
        return ApiResponses.ok(ApiResponses.success().add("earned",
                Amounts.dollars(administration.earnedCents(currentUser.requireId(), id))));
    }

    /** {@code {"customer_id": 12, "ban": true}}: moves the customer out; a ban keeps them out. */
    @POST
    @Path("/{id}/kick")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response kick(@PathParam("id") long id, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        moderation.remove(currentUser.requireId(), id, JsonFields.requiredLong(json, "customer_id"),
                json.getBoolean("ban", false));
        return ApiResponses.ok(ApiResponses.success());
    }

    @GET
    @Path("/{id}/bans")
    public Response bans(@PathParam("id") long id) {
        JsonArrayBuilder list = JsonBuilders.array();
        moderation.banned(currentUser.requireId(), id).forEach(b -> list.add(member(b, "banned_at")));
        return ApiResponses.ok(ApiResponses.success().add("bans", list));
    }

    @DELETE
    @Path("/{id}/bans/{customerId}")
    public Response liftBan(@PathParam("id") long id, @PathParam("customerId") long customerId) {
        moderation.liftBan(currentUser.requireId(), id, customerId);
        return ApiResponses.ok(ApiResponses.success());
    }

    /** {@code {"customer_id": 12}}: a purple toast for the customer, who may then enter without the PIN. */
    @POST
    @Path("/{id}/invite")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, JsonObject body) {
        moderation.invite(currentUser.requireId(), id, JsonFields.requiredLong(JsonFields.body(body), "customer_id"));
        return ApiResponses.ok(ApiResponses.success());
    }

    private static RoomAdministration.Draft draft(JsonObject json) {
        return new RoomAdministration.Draft(JsonFields.text(json, "name"), JsonFields.text(json, "description"),
                JsonFields.text(json, "pin"), JsonFields.integer(json, "entry_fee_cents"),
                JsonFields.integer(json, "rate_per_minute_cents"), JsonFields.integer(json, "max_users"));
    }
}
