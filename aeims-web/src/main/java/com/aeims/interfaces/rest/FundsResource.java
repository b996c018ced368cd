package com.aeims.interfaces.rest;

import com.aeims.application.money.FundsService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundsResource {

    @Inject
    private FundsService funds;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("/packs")
    public Response packs() {
        JsonArrayBuilder packs = JsonBuilders.array();
        funds.packs().forEach(p -> packs.add(JsonBuilders.object().add("code", p.code()).add("name", p.name())
                .add("price", Amounts.dollars(p.priceCents()))
                .add("credit", Amounts.dollars(p.creditCents()))));
        return ApiResponses.ok(ApiResponses.success().add("packs", packs).add("sells_credit", funds.sellsCredit()));
    }

    /** Buys a credit pack with a payment token from the payment provider's card form. */
    @POST
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        FundsService.Result result = funds.addFunds(currentUser.requireId(), JsonFields.requiredText(json, "pack"),
                JsonFields.requiredText(json, "payment_token"), JsonFields.idempotencyKey(json));
        if (!result.approved()) {
            return ApiResponses.error(402, "PAYMENT_DECLINED", result.declineReason());
        }
        return ApiResponses.ok(ApiResponses.success()
                .add("credited", Amounts.dollars(result.creditedCents()))
                .add("balance", Amounts.dollars(result.availableCents()))
                .add("replayed", result.replayed()));
    }
}
