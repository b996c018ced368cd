package com.aeims.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Session-based login for pages and the API. Logins come programmatically from the login page or
 * {@code POST /api/auth/login}; protected pages redirect anonymous visitors to the login page.
 */
@ApplicationScoped
@AutoApplySession
public class AeimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignedInSessions signedIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession existing = request.getSession(false);
            if (existing != null) {
                // a session that existed before login must not carry the login: defeats session fixation
                request.changeSessionId();
            }
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            signedIn.signedIn(result.getCallerPrincipal().getName(), request.getSession());
            return status;
        }
        if (context.isProtected()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
