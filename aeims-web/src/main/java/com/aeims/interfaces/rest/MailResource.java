package com.aeims.interfaces.rest;

import com.aeims.application.message.MailService;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Internal mail between customers and operators. */
@Path("/mail")
@RequestScoped
@RolesAllowed({"customer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    @Inject
    private MailService mail;

    @Inject
    private CurrentUser currentUser;

    /** Customers send {@code operator_id}, operators {@code customer_id}; {@code reply_to} answers a mail. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        Account me = currentUser.account().orElseThrow();
        String partyField = me.getRole() == Role.CUSTOMER ? "operator_id" : "customer_id";
        Long party = id(json, partyField);
        if (party == null) {
            return ApiResponses.error(400, "VALIDATION_FAILED", partyField + " must be a number");
        }
        MailService.Sent sent = mail.send(me.getId(), me.getRole(), party, JsonFields.text(json, "subject"),
                JsonFields.text(json, "body"), id(json, "reply_to"), JsonFields.text(json, "idempotency_key"));
        return ApiResponses.ok(ApiResponses.success().add("mail_id", sent.mailId())
                .add("charged", Amounts.dollars(sent.chargedCents())).add("replayed", sent.replayed()));
    }

    @GET
    public Response box(@QueryParam("box") @DefaultValue("inbox") String box) {
        if (!box.equals("inbox") && !box.equals("sent")) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "box must be inbox or sent");
        }
        Account me = currentUser.account().orElseThrow();
        JsonArrayBuilder list = JsonBuilders.array();
        mail.box(me.getId(), me.getRole(), box.equals("inbox")).forEach(m -> list.add(fields(m)));
        return ApiResponses.ok(ApiResponses.success().add("mail", list));
    }

    @GET
    @Path("/{id}")
    public Response open(@PathParam("id") long id) {
        JsonObjectBuilder json = ApiResponses.success();
        fields(mail.open(currentUser.requireId(), id)).build().forEach(json::add);
        return ApiResponses.ok(json);
    }

    private static JsonObjectBuilder fields(MailService.MailView m) {
        JsonObjectBuilder json = JsonBuilders.object().add("mail_id", m.id()).add("from", m.fromName())
                .add("to", m.toName()).add("from_customer", m.fromCustomer()).add("subject", m.subject())
                .add("body", m.body()).add("sent_at", m.sentAt().toString()).add("read", m.read())
                .add("charged", Amounts.dollars(m.chargedCents()));
        if (m.replyToId() != null) {
            json.add("reply_to", m.replyToId());
        }
        return json;
    }

    private static Long id(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonNumber number && number.isIntegral() ? number.longValue() : null;
    }
}
