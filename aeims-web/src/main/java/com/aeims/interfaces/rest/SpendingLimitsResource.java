package com.aeims.interfaces.rest;

import com.aeims.application.money.SpendingLimits;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The limits a customer sets on their own spending: {@code daily_cents} (last 24 hours) and {@code monthly_cents}
 * (last 30 days), null for none; lowering applies at once, raising after 24 hours. A cool-off stops all spending.
 */
@Path("/spending-limits")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class SpendingLimitsResource {

    @Inject
    private SpendingLimits limits;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response view() {
        return ApiResponses.ok(reply(limits.view(currentUser.requireId())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        return ApiResponses.ok(reply(limits.change(currentUser.requireId(), cents(json, "daily_cents"),
                cents(json, "monthly_cents"))));
    }

    @POST
    @Path("/cool-off")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response coolOff(JsonObject body) {
        return ApiResponses.ok(reply(limits.coolOff(currentUser.requireId(),
                JsonFields.requiredInt(JsonFields.body(body), "days"))));
    }

    private static Long cents(JsonObject json, String field) {
        return json.get(field) == null || json.get(field).getValueType() == JsonValue.ValueType.NULL ? null
                : JsonFields.requiredLong(json, field);
    }

    private static JsonObjectBuilder reply(SpendingLimits.View view) {
        return ApiResponses.success()
                .add("daily", money(view.dailyCents())).add("monthly", money(view.monthlyCents()))
                .add("pending_daily", view.dailyPending() ? JsonBuilders.object().add("limit",
                        money(view.pendingDailyCents())).add("from", view.pendingDailyFrom().toString()).build()
                        : JsonValue.NULL)
                .add("pending_monthly", view.monthlyPending() ? JsonBuilders.object().add("limit",
                        money(view.pendingMonthlyCents())).add("from", view.pendingMonthlyFrom().toString()).build()
                        : JsonValue.NULL)
                .add("cool_off_until", time(view.coolOffUntil()))
                .add("spent_last_24_hours", Amounts.dollars(view.spentDayCents()))
                .add("spent_last_30_days", Amounts.dollars(view.spentMonthCents()))
                .add("left", view.leftCents() == Long.MAX_VALUE ? JsonValue.NULL
                        : JsonBuilders.value(Amounts.dollars(view.leftCents())));
    }

    private static JsonValue money(Long cents) {
        return cents == null ? JsonValue.NULL : JsonBuilders.value(Amounts.dollars(cents));
    }

    private static JsonValue time(Instant at) {
        return at == null ? JsonValue.NULL : JsonBuilders.value(at.toString());
    }
}
