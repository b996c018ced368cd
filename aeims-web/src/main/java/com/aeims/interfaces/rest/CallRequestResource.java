package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.call.CallPrice;
import com.aeims.application.callback.CallRequestView;
import com.aeims.application.callback.CallRequests;
import com.aeims.application.callback.NewCallRequest;
import com.aeims.domain.model.account.Role;
import com.aeims.interfaces.CallRequestRepresentation;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Prepaid callbacks. A customer asks: {@code {"operator_id": 7, "kind": "at", "start_at": "2027-03-14T19:00:00-04:00",
 * "duration_minutes": 15, "time_zone": "America/New_York", "rate_per_minute_cents": 399, "connect_fee_cents": 99,
 * "idempotency_key": "..."}} ({@code "kind": "when_free"} takes no time); the operator accepts, declines or proposes
 * another {@code start_at}; the customer accepts the proposal or cancels.
 */
@Path("/call-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallRequestResource {

    @Inject
    private CallRequests requests;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @POST
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        String kind = json.containsKey("kind") ? JsonFields.requiredText(json, "kind") : "at";
        Instant startsAt = switch (kind) {
            case "at" -> instant(json);
            case "when_free" -> null;
            default -> throw ValidationFailure.of("VALIDATION_FAILED", "kind", "kind is at or when_free");
        };
        NewCallRequest asked = new NewCallRequest(JsonFields.requiredLong(json, "operator_id"), startsAt,
                (int) Math.min(Integer.MAX_VALUE, JsonFields.requiredLong(json, "duration_minutes")),
                JsonFields.requiredText(json, "time_zone"),
                new CallPrice(JsonFields.requiredLong(json, "rate_per_minute_cents"),
                        JsonFields.requiredLong(json, "connect_fee_cents")), JsonFields.idempotencyKey(json));
        return reply(requests.request(currentUser.requireId(), currentSite.getSite().getId(), asked));
    }

    @GET
    @RolesAllowed({"customer", "operator"})
    public Response list(@QueryParam("limit") @DefaultValue("50") int limit) {
        JsonArrayBuilder list = JsonBuilders.array();
        requests.list(party(), limit).forEach(request -> list.add(CallRequestRepresentation.of(request,
                isOperator())));
        return ApiResponses.ok(ApiResponses.success().add("requests", list));
    }

    /** The operator's line of customers waiting for them to be free, first first. */
    @GET
    @Path("/line")
    @RolesAllowed("operator")
    public Response line() {
        JsonArrayBuilder list = JsonBuilders.array();
        requests.line(currentUser.requireId()).forEach(request -> list.add(CallRequestRepresentation.of(request,
                true)));
        return ApiResponses.ok(ApiResponses.success().add("requests", list));
    }

    @POST
    @Path("/{id}/skip")
    @RolesAllowed("operator")
    public Response skip(@PathParam("id") String requestId) {
        return reply(requests.skip(currentUser.requireId(), requestId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"customer", "operator"})
    public Response find(@PathParam("id") String requestId) {
        return reply(requests.find(party(), requestId));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed("operator")
    public Response accept(@PathParam("id") String requestId) {
        return reply(requests.accept(currentUser.requireId(), requestId));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed("operator")
    public Response decline(@PathParam("id") String requestId) {
        return reply(requests.decline(currentUser.requireId(), requestId));
    }

    @POST
    @Path("/{id}/propose")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") String requestId, JsonObject body) {
        return reply(requests.propose(currentUser.requireId(), requestId, instant(JsonFields.body(body))));
    }

    @POST
    @Path("/{id}/accept-proposal")
    @RolesAllowed("customer")
    public Response acceptProposal(@PathParam("id") String requestId) {
        return reply(requests.acceptProposal(currentUser.requireId(), requestId));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("customer")
    public Response cancel(@PathParam("id") String requestId) {
        return reply(requests.cancel(currentUser.requireId(), requestId));
    }

    private Response reply(CallRequestView request) {
        JsonObjectBuilder json = ApiResponses.success();
        CallRequestRepresentation.of(request, isOperator()).build().forEach(json::add);
        return ApiResponses.ok(json);
    }

    private boolean isOperator() {
        return currentUser.account().orElseThrow().getRole() == Role.OPERATOR;
    }

    private CallRequests.Party party() {
        return new CallRequests.Party(currentUser.requireId(), isOperator());
    }

    private static Instant instant(JsonObject json) {
        String text = JsonFields.requiredText(json, "start_at");
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "start_at",
                    "Send a time with its offset, such as 2027-03-14T19:00:00-04:00");
        }
    }
}
