package com.aeims.interfaces.web.security;

import com.aeims.interfaces.SameOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Cross-site request forgery on the pages: a form post (a JSF action, the logout) or a websocket handshake a browser
 * says came from another site is refused before anything runs. The API has its own, stricter check ({@code SameOriginCheck}); the SMS
 * webhook is posted by Twilio, which is no browser and sends neither header.
 */
@WebFilter(urlPatterns = "/*", filterName = "SameOriginFilter")
public class SameOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the API answers a refusal in its own JSON shape (SameOriginCheck); a websocket a page opens acts with the
        // session's cookie as a form post does (Faces push: toasts, call states, room chat)
        boolean formPost = "POST".equals(request.getMethod()) && !"/api".equals(request.getServletPath());
        if (formPost || "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            Optional<String> refusal = SameOrigin.refusal(request.getServerName(), request.getServerPort(),
                    request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
            if (refusal.isPresent()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN,
                        "Changes come only from this site's own pages (" + refusal.get() + ")");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
