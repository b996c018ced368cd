package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.number.FeeRuns;
import com.aeims.application.number.NumberAdministration;
import com.aeims.application.number.NumberReconciliation;
import com.aeims.domain.model.number.NumberType;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.NumberRepresentation;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Operators' numbers for admins: every number held ({@code GET}), the monthly fee per type ({@code GET fees},
 * {@code PUT fees {"type": "local", "monthly_fee_cents": 500, "reason": "..."}}), waiving a number's fees
 * ({@code POST {id}/waive {"waived": true, "reason": "..."}}), and the fee run and the reconciliation with Twilio now,
 * as their timers run them ({@code POST fees/run}, {@code POST reconcile}).
 */
@Path("/admin/numbers")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminNumberResource {

    @Inject
    private NumberReconciliation reconciliation;

    @Inject
    private NumberAdministration administration;

    @Inject
    private FeeRuns feeRuns;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response held(@QueryParam("limit") @DefaultValue("200") int limit) {
        JsonArrayBuilder list = JsonBuilders.array();
        administration.held(limit).forEach(number -> list.add(NumberRepresentation.of(number)
                .add("operator_id", number.operatorId())));
        return ApiResponses.ok(ApiResponses.success().add("numbers", list));
    }

    @GET
    @Path("/fees")
    public Response fees() {
        return ApiResponses.ok(fees(administration.fees()));
    }

    @PUT
    @Path("/fees")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setFee(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        return ApiResponses.ok(fees(administration.setFees(currentUser.requireId(),
                Map.of(OperatorNumberResource.type(JsonFields.requiredText(json, "type")),
                        JsonFields.requiredLong(json, "monthly_fee_cents")), JsonFields.text(json, "reason"))));
    }

    @POST
    @Path("/{id}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response waive(@PathParam("id") long numberId, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        JsonValue waived = json.get("waived");
        if (waived == null || (waived.getValueType() != JsonValue.ValueType.TRUE
                && waived.getValueType() != JsonValue.ValueType.FALSE)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "waived", "waived is true or false");
        }
        return ApiResponses.ok(ApiResponses.success().add("number", NumberRepresentation.of(
                administration.waive(currentUser.requireId(), numberId, waived.getValueType() == JsonValue.ValueType.TRUE,
                        JsonFields.text(json, "reason")))));
    }

    @POST
    @Path("/fees/run")
    public Response runFees() {
        JsonObjectBuilder steps = JsonBuilders.object();
        feeRuns.run(Instant.now()).forEach((step, count) -> steps.add(step.name().toLowerCase(Locale.ROOT), count));
        return ApiResponses.ok(ApiResponses.success().add("steps", steps));
    }

    @POST
    @Path("/reconcile")
    public Response reconcile() {
        NumberReconciliation.Outcome outcome = reconciliation.reconcile();
        return ApiResponses.ok(ApiResponses.success().add("finished", outcome.finished())
                .add("failed", outcome.failed()).add("released", outcome.released())
                .add("orphans_released", outcome.orphansReleased()));
    }

    private static JsonObjectBuilder fees(Map<NumberType, Long> fees) {
        JsonObjectBuilder json = JsonBuilders.object();
        fees.forEach((type, cents) -> json.add(type.name().toLowerCase(Locale.ROOT), Amounts.dollars(cents)));
        return ApiResponses.success().add("monthly_fees", json);
    }
}
