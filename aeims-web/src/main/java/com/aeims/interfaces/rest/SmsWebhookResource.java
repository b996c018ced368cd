package com.aeims.interfaces.rest;

import com.aeims.application.SmsGateway;
import com.aeims.application.message.TextService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Twilio's inbound-message webhook (configure the platform number's "A message comes in" to POST here): an
 * operator's SMS reply becomes their answer in the conversation. Only requests carrying Twilio's valid signature
 * are accepted; a repeated delivery (same MessageSid) is stored once.
 */
@ExternalCaller
@Path("/twilio/sms")
@RequestScoped
public class SmsWebhookResource {

    private static final Logger LOG = Logger.getLogger(SmsWebhookResource.class.getName());
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    private SmsGateway sms;

    @Inject
    private TextService texts;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_XML, MediaType.APPLICATION_JSON})
    public Response inbound(MultivaluedMap<String, String> form,
                            @HeaderParam("X-Twilio-Signature") String signature) {
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        String calledUrl = sms.publicWebhookUrl().orElse(uri.getRequestUri().toString());
        if (!sms.isAuthentic(calledUrl, parameters, signature)) {
            LOG.warning(() -> "Refused an SMS webhook call to " + calledUrl + " (parameters " + parameters.keySet()
                    + ") without a valid Twilio signature");
            return ApiResponses.error(403, "INVALID_SIGNATURE", "The request is not signed by Twilio");
        }
        String sid = parameters.get("MessageSid");
        if (sid == null || sid.isBlank()) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "MessageSid is required");
        }
        texts.receiveSmsReply(parameters.get("From"), parameters.get("To"), parameters.get("Body"), sid);
        return Response.ok(EMPTY_TWIML, MediaType.TEXT_XML_TYPE).build();
    }
}
