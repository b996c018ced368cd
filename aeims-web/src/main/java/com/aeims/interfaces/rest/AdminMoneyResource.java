package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Admin money operations; each takes a reason (kept in the audit trail) and an idempotency key. */
@Path("/admin/money")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminMoneyResource {

    @Inject
    private MoneyAdministration money;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Path("/credits")
    public Response credit(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        long posting = money.grantCredit(currentUser.requireId(), JsonFields.requiredLong(json, "customer_id"),
                JsonFields.requiredLong(json, "amount_cents"), JsonFields.text(json, "reason"),
                JsonFields.idempotencyKey(json));
        return ApiResponses.ok(ApiResponses.success().add("posting_id", posting));
    }

    @POST
    @Path("/adjustments")
    public Response adjust(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        long posting = money.adjust(currentUser.requireId(), JsonFields.requiredLong(json, "customer_id"),
                JsonFields.requiredLong(json, "amount_cents"), JsonFields.text(json, "reason"),
                JsonFields.idempotencyKey(json));
        return ApiResponses.ok(ApiResponses.success().add("posting_id", posting));
    }

    @POST
    @Path("/free-minutes")
    public Response freeMinutes(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        Integer operator = JsonFields.integer(json, "operator_id");
        Instant expires;
        try {
            expires = Instant.parse(JsonFields.requiredText(json, "expires_at"));
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "expires_at", "Use an instant like 2026-12-31T23:59:59Z");
        }
        long grant = money.grantFreeMinutes(currentUser.requireId(), JsonFields.requiredLong(json, "customer_id"),
                operator == null ? null : operator.longValue(), JsonFields.requiredInt(json, "minutes"),
                expires, JsonFields.text(json, "reason"), JsonFields.idempotencyKey(json));
        return ApiResponses.ok(ApiResponses.success().add("grant_id", grant));
    }

    @POST
    @Path("/refunds")
    public Response refund(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        long posting = money.refund(currentUser.requireId(), JsonFields.requiredLong(json, "posting_id"),
                JsonFields.text(json, "reason"), JsonFields.idempotencyKey(json));
        return ApiResponses.ok(ApiResponses.success().add("posting_id", posting));
    }

    @POST
    @Path("/payouts")
    public Response payout(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        long posting = money.payOut(currentUser.requireId(), JsonFields.requiredLong(json, "operator_id"),
                JsonFields.text(json, "external_reference"), JsonFields.idempotencyKey(json));
        return ApiResponses.ok(ApiResponses.success().add("posting_id", posting));
    }

    @GET
    @Path("/revenue")
    public Response revenue(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start;
        LocalDate end;
        try {
            start = from == null ? today.minusDays(29) : LocalDate.parse(from);
            end = to == null ? today : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "from", "Use the date format YYYY-MM-DD");
        }
        JsonArrayBuilder days = JsonBuilders.array();
        money.revenue(start, end).forEach(d -> days.add(JsonBuilders.object().add("day", d.day().toString())
                .add("charges", d.charges()).add("total", Amounts.dollars(d.totalCents()))
                .add("operators", Amounts.dollars(d.operatorCents()))
                .add("platform", Amounts.dollars(d.platformCents()))));
        return ApiResponses.ok(ApiResponses.success().add("days", days));
    }
}
