package com.aeims.interfaces.rest;

import com.aeims.application.account.PhoneVerification;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The logged-in customer's or operator's phone: a number becomes theirs once the code texted to it comes back.
 * Customers' calls ring it; operators' calls ring it and offline messages are texted to it.
 */
@Path("/phone")
@RequestScoped
@RolesAllowed({"customer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class PhoneResource {

    @Inject
    private PhoneVerification phones;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @GET
    public Response phone() {
        JsonObjectBuilder reply = ApiResponses.success();
        phones.confirmedPhone(currentUser.requireId()).ifPresentOrElse(number -> reply.add("phone", number),
                () -> reply.addNull("phone"));
        return ApiResponses.ok(reply);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendCode(JsonObject body) {
        PhoneVerification.CodeSent sent = phones.sendCode(currentUser.requireId(),
                JsonFields.requiredText(JsonFields.body(body), "phone"), currentSite.getSite().getName());
        JsonObjectBuilder reply = ApiResponses.success().add("code_sent_to", sent.phone())
                .add("expires_in_seconds", sent.validFor().toSeconds());
        sent.shownCode().ifPresent(code -> reply.add("demo_code", code));
        return Response.status(202).type(MediaType.APPLICATION_JSON_TYPE).entity(reply.build()).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(JsonObject body) {
        String number = phones.confirm(currentUser.requireId(),
                JsonFields.requiredText(JsonFields.body(body), "code"));
        return ApiResponses.ok(ApiResponses.success().add("phone", number));
    }
}
