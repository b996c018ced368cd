package com.aeims.interfaces.rest;

import com.aeims.application.BalanceCheck;
import com.aeims.application.BillingService;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The logged-in customer's money. */
@Path("/balance")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    @Inject
    private BillingService billing;

    @Inject
    private Ledger ledger;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response balance() {
        long customer = currentUser.requireId();
        Map<AccountRef, Long> balances = ledger.balances(
                List.of(AccountRef.available(customer), AccountRef.held(customer)));
        return ApiResponses.ok(ApiResponses.success()
                .add("balance", Representations.dollars(balances.get(AccountRef.available(customer))))
                .add("held", Representations.dollars(balances.get(AccountRef.held(customer)))));
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
                .add("balance", Representations.dollars(check.availableCents()))
                .add("held", Representations.dollars(check.heldCents()))
                .add("free_minutes", check.freeMinutes())
                .add("operator_rate", Representations.dollars(check.ratePerMinuteCents()))
                .add("connect_fee", Representations.dollars(check.connectFeeCents()))
                .add("can_call", check.canCall())
                .add("estimated_duration", Json.createObjectBuilder()
                        .add("with_free_minutes", check.talkTime().withFreeMinutes())
                        .add("with_paid_balance", check.talkTime().withPaidBalance())
                        .add("total_minutes", check.talkTime().totalMinutes())));
    }
}
