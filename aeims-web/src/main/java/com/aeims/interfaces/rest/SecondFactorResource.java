package com.aeims.interfaces.rest;

import com.aeims.application.account.SecondFactorSetup;
import com.aeims.application.account.SecondFactors;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Two-step login for staff: operators turn it on (set-up, then the app's first code) and off (with a code); admins
 * always have it, set up at their first login.
 */
@Path("/second-factor")
@RequestScoped
@RolesAllowed({"operator", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorResource {

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @GET
    public Response status() {
        SecondFactors.Status status = secondFactors.status(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success().add("on", status.on())
                .add("recovery_codes_left", status.recoveryCodesLeft()));
    }

    @POST
    public Response begin() {
        SecondFactorSetup setup = secondFactors.begin(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success().add("totp_secret", setup.secret())
                .add("otpauth_uri", setup.otpauthUri()));
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(JsonObject body) {
        List<String> codes = secondFactors.confirm(currentUser.requireId(),
                JsonFields.requiredText(JsonFields.body(body), "code"));
        JsonArrayBuilder recovery = JsonBuilders.array();
        codes.forEach(recovery::add);
        return ApiResponses.ok(ApiResponses.success().add("on", true).add("recovery_codes", recovery));
    }

    @POST
    @Path("/off")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response turnOff(JsonObject body) {
        secondFactors.turnOff(currentUser.requireId(), JsonFields.requiredText(JsonFields.body(body), "code"),
                request.getRemoteAddr());
        return ApiResponses.ok(ApiResponses.success().add("on", false));
    }
}
