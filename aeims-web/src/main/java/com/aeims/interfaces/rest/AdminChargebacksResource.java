package com.aeims.interfaces.rest;

import com.aeims.application.money.Chargebacks;
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

/** Chargebacks as the money desk shows them, and lifting the freeze one put on a customer (with a reason). */
@Path("/admin/chargebacks")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminChargebacksResource {

    private static final int LISTED = 100;

    @Inject
    private Chargebacks chargebacks;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response recent() {
        JsonArrayBuilder list = JsonBuilders.array();
        chargebacks.recent(LISTED).forEach(c -> list.add(JsonBuilders.object().add("at", c.at().toString())
                .add("customer_id", c.customerId()).add("customer_email", c.customerEmail())
                .add("pack", c.packName()).add("price", Amounts.dollars(c.priceCents()))
                .add("charged_back", Amounts.dollars(c.chargedBackCents()))
                .add("taken_back", Amounts.dollars(c.takenBackCents()))
                .add("from_operators", Amounts.dollars(c.fromOperatorsCents()))
                .add("loss", Amounts.dollars(c.lossCents()))
                .add("awaiting_call", Amounts.dollars(c.awaitingHeldCents()))
                .add("reason", c.reason() == null ? "" : c.reason()).add("frozen", c.stillFrozen())
                .add("spent_since_purchase", Amounts.dollars(c.spentSinceCents()))
                .add("spent_with", c.spentWith())));
        return ApiResponses.ok(ApiResponses.success().add("chargebacks", list));
    }

    @POST
    @Path("/unfreezes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unfreeze(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        chargebacks.unfreeze(currentUser.requireId(), JsonFields.requiredLong(json, "customer_id"),
                JsonFields.text(json, "reason"));
        return ApiResponses.ok(ApiResponses.success());
    }
}
