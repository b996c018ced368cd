package com.aeims.interfaces.rest;

import com.aeims.application.message.TextService;
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
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Charged chat (seed shapes): customers write to operators, operators answer their customers. */
@Path("/messages")
@RequestScoped
@RolesAllowed({"customer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    private TextService texts;

    @Inject
    private CurrentUser currentUser;

    /** Customers send {@code operator_id}, operators {@code customer_id}; {@code idempotency_key} makes retries safe. */
    @POST
    @Path("/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        Account me = currentUser.account().orElseThrow();
        String type = JsonFields.text(json, "message_type");
        if (type != null && !type.equalsIgnoreCase("chat")) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "message_type must be chat");
        }
        boolean customer = me.getRole() == Role.CUSTOMER;
        Long party = id(json, customer ? "operator_id" : "customer_id");
        if (party == null) {
            return ApiResponses.error(400, "VALIDATION_FAILED", (customer ? "operator_id" : "customer_id")
                    + " must be a number");
        }
        String text = json.containsKey("message_text") && json.get("message_text") instanceof jakarta.json.JsonString s
                ? s.getString() : null;
        TextService.Sent sent = customer
                ? texts.sendToOperator(me.getId(), party, text, JsonFields.text(json, "idempotency_key"))
                : texts.replyToCustomer(me.getId(), party, text, JsonFields.text(json, "idempotency_key"));
        var reply = ApiResponses.success()
                .add("message_id", sent.messageId())
                .add("charged", Amounts.dollars(sent.chargedCents()))
                .add("replayed", sent.replayed());
        if (customer) {
            reply.add("balance_remaining", Amounts.dollars(sent.balanceRemainingCents()));
        }
        return ApiResponses.ok(reply);
    }

    @GET
    @Path("/conversation")
    public Response conversation(@QueryParam("operator_id") Long operatorId, @QueryParam("customer_id") Long customerId,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        Account me = currentUser.account().orElseThrow();
        Long party = me.getRole() == Role.CUSTOMER ? operatorId : customerId;
        if (party == null) {
            return ApiResponses.error(400, "VALIDATION_FAILED",
                    (me.getRole() == Role.CUSTOMER ? "operator_id" : "customer_id") + " is required");
        }
        JsonArrayBuilder messages = JsonBuilders.array();
        texts.conversation(me.getId(), me.getRole(), party, limit).forEach(m -> messages.add(JsonBuilders.object()
                .add("message_id", m.id())
                .add("from", m.fromCustomer() ? "customer" : "operator")
                .add("sender", m.senderName())
                .add("message_text", m.body())
                .add("sent_at", m.sentAt().toString())
                .add("charged", Amounts.dollars(m.chargedCents()))
                .add("read", m.read())));
        return ApiResponses.ok(ApiResponses.success().add("messages", messages));
    }

    @GET
    @Path("/conversations")
    public Response conversations() {
        Account me = currentUser.account().orElseThrow();
        JsonArrayBuilder list = JsonBuilders.array();
        texts.conversations(me.getId(), me.getRole()).forEach(c -> list.add(JsonBuilders.object()
                .add(me.getRole() == Role.CUSTOMER ? "operator_id" : "customer_id", c.partyId())
                .add("name", c.partyName())
                .add("last_message", c.lastMessage())
                .add("last_at", c.lastAt().toString())
                .add("unread", c.unread())));
        return ApiResponses.ok(ApiResponses.success().add("conversations", list));
    }

    private static Long id(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonNumber number && number.isIntegral() ? number.longValue() : null;
    }
}
