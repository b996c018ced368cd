package com.aeims.interfaces.rest;

import com.aeims.application.call.CallPrice;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallStarted;
import com.aeims.application.call.CallSummary;
import com.aeims.application.call.RecordingStore;
import com.aeims.domain.model.account.Account;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.CallRepresentation;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Paid calls (seed shapes): start one, follow it, hang it up, list them. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    private CallService calls;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private RecordingStore recordings;

    @POST
    @Path("/initiate")
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response initiate(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        JsonValue operatorId = json.get("operator_id");
        if (!(operatorId instanceof JsonNumber number) || !number.isIntegral()) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "operator_id must be a number");
        }
        // the price the customer was shown: a changed one is refused with the new one (409 PRICE_CHANGED)
        CallPrice seen = new CallPrice(JsonFields.requiredLong(json, "rate_per_minute_cents"),
                JsonFields.requiredLong(json, "connect_fee_cents"));
        CallStarted started = calls.initiate(currentUser.requireId(), number.longValue(),
                JsonFields.text(json, "customer_phone"), currentSite.getSite().getId(), seen);
        return ApiResponses.ok(ApiResponses.success()
                .add("call_id", started.callRef())
                .add("status", "ringing")
                .add("operator_id", started.operatorId())
                .add("operator", started.operatorName())
                .add("rate_per_minute", Amounts.dollars(started.ratePerMinuteCents()))
                .add("connect_fee", Amounts.dollars(started.connectFeeCents()))
                .add("free_minutes_used", started.freeMinutes())
                .add("estimated_duration_minutes", started.maxMinutes())
                .add("held", Amounts.dollars(started.heldCents())));
    }

    @GET
    @Path("/status")
    @RolesAllowed({"customer", "operator", "admin"})
    public Response status(@QueryParam("call_id") String callId) {
        if (callId == null || callId.isBlank()) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "call_id is required");
        }
        CallService.Viewer viewer = viewer();
        return ApiResponses.ok(callJson(calls.status(callId.strip(), viewer), viewer));
    }

    @POST
    @Path("/{id}/hangup")
    @RolesAllowed({"customer", "operator", "admin"})
    public Response hangup(@PathParam("id") String callId) {
        CallService.Viewer viewer = viewer();
        return ApiResponses.ok(callJson(calls.hangup(callId, viewer), viewer));
    }

    /**
     * The call's recording, streamed to its parties and admins only; one byte range ({@code Range: bytes=0-1023},
     * {@code bytes=1024-}, {@code bytes=-500}) answers 206, a range past the end 416.
     */
    @GET
    @Path("/{id}/recording")
    @Produces({"audio/wav", "audio/mpeg", "audio/ogg", "application/octet-stream", MediaType.APPLICATION_JSON})
    @RolesAllowed({"customer", "operator", "admin"})
    public Response recording(@PathParam("id") String callId, @HeaderParam("Range") String range) {
        RecordingStore.Stored stored = calls.recording(callId, viewer());
        long size = stored.size();
        ByteRange wanted = ByteRange.parse(range, size);
        if (wanted == null) {
            return Response.fromResponse(ApiResponses.error(416, "RANGE_NOT_SATISFIABLE", "The recording has " + size
                    + " bytes")).header("Content-Range", "bytes */" + size).build();
        }
        StreamingOutput body = out -> recordings.copy(stored.name(), wanted.first(), wanted.length(), out);
        Response.ResponseBuilder reply = Response.status(wanted.whole() ? 200 : 206).entity(body)
                .type(stored.mediaType()).header("Accept-Ranges", "bytes")
                .header("Content-Length", wanted.length()).header("Cache-Control", "private, no-store");
        if (!wanted.whole()) {
            reply.header("Content-Range", "bytes " + wanted.first() + "-" + wanted.last() + "/" + size);
        }
        return reply.build();
    }

    /** Deletes the recording for the caller; the file goes once both parties have deleted it. */
    @DELETE
    @Path("/{id}/recording")
    @RolesAllowed({"customer", "operator", "admin"})
    public Response deleteRecording(@PathParam("id") String callId) {
        calls.deleteRecording(callId, viewer());
        return ApiResponses.ok(ApiResponses.success().add("call_id", callId).add("recording_deleted", true));
    }

    @GET
    @RolesAllowed({"customer", "operator", "admin"})
    public Response history(@QueryParam("limit") @DefaultValue("50") int limit) {
        JsonArrayBuilder list = JsonBuilders.array();
        CallService.Viewer viewer = viewer();
        calls.history(viewer, limit).forEach(call -> list.add(callFields(call, viewer)));
        return ApiResponses.ok(ApiResponses.success().add("calls", list));
    }

    @GET
    @Path("/active")
    @RolesAllowed({"customer", "operator", "admin"})
    public Response active() {
        JsonArrayBuilder list = JsonBuilders.array();
        CallService.Viewer viewer = viewer();
        calls.active(viewer).forEach(call -> list.add(callFields(call, viewer)));
        return ApiResponses.ok(ApiResponses.success().add("calls", list));
    }

    private CallService.Viewer viewer() {
        Account account = currentUser.account().orElseThrow();
        return new CallService.Viewer(account.getId(), account.getRole());
    }

    private static JsonObjectBuilder callJson(CallSummary call, CallService.Viewer viewer) {
        JsonObjectBuilder json = ApiResponses.success();
        callFields(call, viewer).build().forEach(json::add);
        return json;
    }

    private static JsonObjectBuilder callFields(CallSummary call, CallService.Viewer viewer) {
        return CallRepresentation.of(call, viewer.role());
    }
}
