package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.callback.CallRequests;
import com.aeims.application.money.PayoutRuns;
import com.aeims.application.money.Statements;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Objects;

/** The logged-in operator's own account. */
@Path("/operator")
@RequestScoped
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorSelfResource {

    @Inject
    private PayoutRuns payoutRuns;

    @Inject
    private OperatorAccountService operators;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Statements statements;

    @Inject
    private CallRequests callRequests;

    @GET
    @Path("/me")
    public Response me() {
        Operator operator = operators.operator(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success().add("operator", Representations.operator(operator))
                .add("missed_booked_calls", callRequests.missedBy(operator.getId())));
    }

    /** {@code {"record_calls": true}}: the operator's calls are recorded on sites that allow it. */
    @PUT
    @Path("/recording")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recording(JsonObject body) {
        JsonValue record = JsonFields.body(body).get("record_calls");
        if (record != JsonValue.TRUE && record != JsonValue.FALSE) {
            throw ValidationFailure.of("VALIDATION_FAILED", "record_calls", "record_calls must be true or false");
        }
        Operator operator = operators.recordCalls(currentUser.requireId(), record == JsonValue.TRUE);
        return ApiResponses.ok(ApiResponses.success().add("record_calls", operator.isRecordsCalls()));
    }

    @GET
    @Path("/earnings")
    public Response earnings() {
        Statements.Earnings e = statements.earnings(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success()
                .add("balance", Amounts.dollars(e.balanceCents()))
                .add("payable", Amounts.dollars(e.payableCents()))
                .add("in_reserve", Amounts.dollars(e.inReserveCents()))
                .add("reserve_days", e.reserveDays())
                .add("today", Amounts.dollars(e.todayCents()))
                .add("week", Amounts.dollars(e.weekCents()))
                .add("month", Amounts.dollars(e.monthCents()))
                .add("paid_minutes_month", e.paidMinutesMonth())
                .add("calls_month", e.callsMonth())
                .add("messages_month", e.messagesMonth())
                .add("payout_minimum", Amounts.dollars(e.payoutMinimumCents()))
                .add("payout_email", Objects.requireNonNullElse(payoutRuns.payoutEmail(currentUser.requireId()), "")));
    }

    /** Where payouts go: the email of the operator's account at the payout processor. */
    @PUT
    @Path("/payout-account")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response payoutAccount(JsonObject body) {
        payoutRuns.setPayoutEmail(currentUser.requireId(),
                JsonFields.requiredText(JsonFields.body(body), "payout_email"));
        return ApiResponses.ok(ApiResponses.success()
                .add("payout_email", payoutRuns.payoutEmail(currentUser.requireId())));
    }

    @PUT
    @Path("/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response availability(JsonObject body) {
        String wanted = JsonFields.requiredText(JsonFields.body(body), "availability");
        Availability availability;
        try {
            availability = Availability.valueOf(wanted.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "availability", "Use online or offline");
        }
        Operator operator = operators.setAvailability(currentUser.requireId(), availability);
        return ApiResponses.ok(ApiResponses.success()
                .add("availability", operator.getAvailability().name().toLowerCase()));
    }
}
