package com.aeims.interfaces.rest;

import com.aeims.application.account.AccountService;
import com.aeims.application.account.CustomerRegistration;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.interfaces.web.security.LoginRefusal;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return loginRefusal.retryAfter()
                    .map(wait -> Response.fromResponse(ApiResponses.error(429, "LOGIN_THROTTLED",
                            LoginThrottle.message(wait))).header("Retry-After", LoginRefusal.seconds(wait)).build())
                    .orElseGet(() -> ApiResponses.error(401, "INVALID_CREDENTIALS", "Invalid email or password"));
        }
        Account account = accounts.findByEmail(email).orElseThrow();
        return ApiResponses.ok(ApiResponses.success().add("account", Representations.account(account)));
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
