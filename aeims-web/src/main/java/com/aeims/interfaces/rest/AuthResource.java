package com.aeims.interfaces.rest;

import com.aeims.application.account.AccountService;
import com.aeims.application.account.CustomerRegistration;
import com.aeims.application.account.SecondFactorSetup;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.LoginRefusal;
import com.aeims.interfaces.web.security.PasswordAndCode;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private LoginRefusal loginRefusal;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Path("/register")
    public Response register(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        Account account = accounts.registerCustomer(new CustomerRegistration(
                JsonFields.text(json, "email"), JsonFields.text(json, "display_name"),
                JsonFields.text(json, "password"), JsonFields.date(json, "date_of_birth"), currentSite.getId(),
                request.getRemoteAddr()));
        return Response.status(201).entity(ApiResponses.success()
                .add("account", Representations.account(account)).build()).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/login")
    public Response login(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        String email = JsonFields.requiredText(json, "email");
        String password = JsonFields.requiredText(json, "password");
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new PasswordAndCode(email, password, JsonFields.text(json, "code")))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return refused();
        }
        Account account = accounts.findByEmail(email).orElseThrow();
        JsonObjectBuilder reply = ApiResponses.success().add("account", Representations.account(account));
        if (!loginRefusal.newRecoveryCodes().isEmpty()) {
            JsonArrayBuilder codes = JsonBuilders.array();
            loginRefusal.newRecoveryCodes().forEach(codes::add);
            reply.add("recovery_codes", codes);
        }
        return ApiResponses.ok(reply);
    }

    private Response refused() {
        if (loginRefusal.retryAfter().isPresent()) {
            Duration wait = loginRefusal.retryAfter().get();
            return Response.fromResponse(ApiResponses.error(429, "LOGIN_THROTTLED", LoginThrottle.message(wait)))
                    .header("Retry-After", LoginRefusal.seconds(wait)).build();
        }
        if (loginRefusal.setup().isPresent()) {
            SecondFactorSetup setup = loginRefusal.setup().get();
            return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonBuilders.object()
                    .add("success", false).add("code", "SECOND_FACTOR_SETUP")
                    .add("error", "Admins log in with an authenticator app: add this key to yours, then log in again"
                            + " with the code it shows")
                    .add("totp_secret", setup.secret()).add("otpauth_uri", setup.otpauthUri()).build()).build();
        }
        if (loginRefusal.isCodeRequired()) {
            return ApiResponses.error(401, "SECOND_FACTOR_REQUIRED",
                    "Enter the code from your authenticator app, or one of your recovery codes");
        }
        return ApiResponses.error(401, "INVALID_CREDENTIALS", "Invalid email or password");
    }

    @POST
    @Path("/logout")
    public Response logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ApiResponses.ok(ApiResponses.success());
    }

    @GET
    @Path("/me")
    public Response me() {
        if (security.getCallerPrincipal() == null) {
            return ApiResponses.error(401, "NOT_AUTHENTICATED", "Log in first");
        }
        return accounts.findByEmail(security.getCallerPrincipal().getName())
                .map(a -> ApiResponses.ok(ApiResponses.success().add("account", Representations.account(a))))
                .orElseGet(() -> ApiResponses.error(401, "NOT_AUTHENTICATED", "Log in first"));
    }
}
