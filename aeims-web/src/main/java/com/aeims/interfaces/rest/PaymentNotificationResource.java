package com.aeims.interfaces.rest;

import com.aeims.application.money.IncomingNotification;
import com.aeims.application.money.PaymentNotifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where payment services post what happened to a sale (for CCBill: the sub-account's webhook URL,
 * {@code /api/payments/ccbill/notifications}, format JSON). The service's own checks decide whether it is believed:
 * one that fails them is 403 and changes nothing; a sale that does not match what AEIMS sold is 422.
 */
@ExternalCaller
@Path("/payments/{provider}/notifications")
@RequestScoped
public class PaymentNotificationResource {

    @Inject
    private PaymentNotifications notifications;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("provider") String provider, String body) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        PaymentNotifications.Receipt receipt = notifications.receive(provider,
                new IncomingNotification(request.getRemoteAddr(), query, body));
        if (receipt.outcome() == PaymentNotifications.Outcome.REJECTED) {
            return ApiResponses.error(422, "NOTIFICATION_REJECTED", receipt.detail());
        }
        return ApiResponses.ok(ApiResponses.success()
                .add("outcome", receipt.outcome().name().toLowerCase(Locale.ROOT))
                .add("detail", receipt.detail()));
    }
}
