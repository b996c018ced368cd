package com.aeims.interfaces.rest;

import com.aeims.application.money.FundsService;
import com.aeims.domain.model.payment.PaymentStatus;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

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

    /**
     * Buys a credit pack. With a hosted form (CCBill) the purchase is pending: send the customer to
     * {@code checkout_url}; the balance is credited when the payment service confirms the sale. The demo's sandbox
     * takes a {@code payment_token} instead and answers at once.
     */
    @POST
    @RolesAllowed("customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        FundsService.Result result = funds.addFunds(currentUser.requireId(), JsonFields.requiredText(json, "pack"),
                JsonFields.text(json, "payment_token"), JsonFields.idempotencyKey(json));
        if (result.status() == PaymentStatus.DECLINED || result.status() == PaymentStatus.FAILED) {
            return ApiResponses.error(402, "PAYMENT_DECLINED", result.declineReason());
        }
        JsonObjectBuilder reply = ApiResponses.success()
                .add("status", result.status().name().toLowerCase(Locale.ROOT))
                .add("checkout_id", result.checkoutId().toString())
                .add("credited", Amounts.dollars(result.creditedCents()))
                .add("balance", Amounts.dollars(result.availableCents()))
                .add("replayed", result.replayed());
        if (result.checkoutUrl() != null) {
            reply.add("checkout_url", result.checkoutUrl());
        }
        return ApiResponses.ok(reply);
    }

    /** The customer's latest purchases, newest first: a pending one turns "succeeded" when the sale is confirmed. */
    @GET
    @Path("/purchases")
    @RolesAllowed("customer")
    public Response purchases() {
        JsonArrayBuilder purchases = JsonBuilders.array();
        funds.purchases(currentUser.requireId()).forEach(p -> {
            JsonObjectBuilder purchase = JsonBuilders.object().add("checkout_id", p.checkoutId().toString())
                    .add("pack", p.packCode()).add("price", Amounts.dollars(p.priceCents()))
                    .add("credit", Amounts.dollars(p.creditCents()))
                    .add("status", p.status().name().toLowerCase(Locale.ROOT))
                    .add("refunded", Amounts.dollars(p.reversedCents()))
                    .add("created_at", p.createdAt().toString());
            if (p.declineReason() != null) {
                purchase.add("reason", p.declineReason());
            }
            purchases.add(purchase);
        });
        return ApiResponses.ok(ApiResponses.success().add("purchases", purchases));
    }
}
