package com.aeims.interfaces.rest;

import com.aeims.application.money.BalanceCheck;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.FundsService;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The logged-in customer's money. */
@Path("/balance")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    @Inject
    private BillingService billing;

    @Inject
    private FundsService funds;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response balance() {
        FundsService.Balance balance = funds.balance(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success()
                .add("balance", Amounts.dollars(balance.availableCents()))
                .add("held", Amounts.dollars(balance.heldCents())));
    }

    /** Seed shape: what calling this operator would cost and how long the money lasts. */
    @GET
    @Path("/check")
    public Response check(@QueryParam("operator_id") Long operatorId) {
        if (operatorId == null) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "operator_id is required");
        }
        BalanceCheck check = billing.balanceCheck(currentUser.requireId(), operatorId);
        return ApiResponses.ok(ApiResponses.success()
                .add("balance", Amounts.dollars(check.availableCents()))
                .add("held", Amounts.dollars(check.heldCents()))
                .add("free_minutes", check.freeMinutes())
                .add("operator_rate", Amounts.dollars(check.ratePerMinuteCents()))
                .add("connect_fee", Amounts.dollars(check.connectFeeCents()))
                .add("can_call", check.canCall())
                .add("estimated_duration", JsonBuilders.object()
                        .add("with_free_minutes", check.talkTime().withFreeMinutes())
                        .add("with_paid_balance", check.talkTime().withPaidBalance())
                        .add("total_minutes", check.talkTime().totalMinutes())));
    }
}
