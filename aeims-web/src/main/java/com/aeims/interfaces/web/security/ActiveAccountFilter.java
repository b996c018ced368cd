package com.aeims.interfaces.web.security;

import com.aeims.domain.model.account.Account;
import com.aeims.interfaces.JsonBuilders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A disabled account, or a session the server ended ({@link SignedInSessions}: a customer frozen after a chargeback),
 * is logged out at its next request, page or API, on whichever node it lands: the login lives in
 * the session, so without this a banned operator's open session kept its role (and its takings). The check reads the
 * account the request's {@link CurrentUser} loads anyway, so it costs no query of its own.
 */
@WebFilter(urlPatterns = "/*", filterName = "ActiveAccountFilter")
public class ActiveAccountFilter extends HttpFilter {

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean ended = session != null && session.getAttribute(SignedInSessions.ENDED) != null;
        boolean enabled = request.getUserPrincipal() == null
                || currentUser.account().map(Account::isEnabled).orElse(false);
        if (request.getUserPrincipal() == null || enabled && !ended) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        if ("/api".equals(request.getServletPath())) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write((enabled
                    ? JsonBuilders.object().add("success", false).add("error", "Your session was ended: sign in again")
                    .add("code", "SESSION_ENDED")
                    : JsonBuilders.object().add("success", false).add("error", "This account is disabled")
                    .add("code", "ACCOUNT_DISABLED")).build().toString());
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        }
    }
}
