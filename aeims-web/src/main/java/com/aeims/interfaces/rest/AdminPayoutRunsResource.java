package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.PayoutRuns;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Payout runs for admins: list, open the period's run now (the nightly timer does it too), look at, approve, download
 * the approved run's mass-payment file, and mark a payout the processor sent back.
 */
@Path("/admin/payout-runs")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPayoutRunsResource {

    @Inject
    private PayoutRuns runs;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response recent() {
        JsonArrayBuilder list = JsonBuilders.array();
        runs.recent(50).forEach(run -> list.add(run(run)));
        return ApiResponses.ok(ApiResponses.success().add("runs", list));
    }

    /** Opens the run of the period containing {@code day} (today when not given; never a future day). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(JsonObject body) {
        String day = JsonFields.text(JsonFields.body(body), "day");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate of;
        try {
            of = day == null ? today : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "day", "Use a date like 2026-12-07");
        }
        if (of.isAfter(today)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "day", "A run cannot be opened for a future period");
        }
        return ApiResponses.ok(ApiResponses.success().add("run", run(runs.open(of))));
    }

    @GET
    @Path("/{id}")
    public Response items(@PathParam("id") long runId) {
        JsonArrayBuilder items = JsonBuilders.array();
        runs.items(runId).forEach(item -> items.add(JsonBuilders.object().add("item_id", item.id())
                .add("operator_id", item.operatorId()).add("operator", item.operatorName())
                .add("proposed", Amounts.dollars(item.proposedCents())).add("paid", Amounts.dollars(item.paidCents()))
                .add("payout_email", item.payoutEmail() == null ? "" : item.payoutEmail())
                .add("status", item.status().name().toLowerCase(Locale.ROOT))
                .add("note", item.note() == null ? "" : item.note())
                .add("reference", item.reference() == null ? "" : item.reference())));
        return ApiResponses.ok(ApiResponses.success().add("items", items));
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") long runId) {
        return ApiResponses.ok(ApiResponses.success().add("run", run(runs.approve(currentUser.requireId(), runId))));
    }

    /** The mass-payment file: one line per paid operator (email, amount, currency, reference, note), no header. */
    @GET
    @Path("/{id}/payments.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@PathParam("id") long runId) {
        return Response.ok(runs.massPaymentCsv(runId), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"payout-run-" + runId + ".csv\"").build();
    }

    @POST
    @Path("/items/{id}/returned")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returned(@PathParam("id") long itemId, JsonObject body) {
        runs.payoutReturned(currentUser.requireId(), itemId, JsonFields.text(JsonFields.body(body), "reason"));
        return ApiResponses.ok(ApiResponses.success());
    }

    private static JsonObjectBuilder run(PayoutRuns.Run run) {
        return JsonBuilders.object().add("run_id", run.id()).add("period_start", run.periodStart().toString())
                .add("status", run.status().name().toLowerCase(Locale.ROOT)).add("operators", run.operators())
                .add("proposed", Amounts.dollars(run.proposedCents())).add("paid", Amounts.dollars(run.paidCents()));
    }
}
