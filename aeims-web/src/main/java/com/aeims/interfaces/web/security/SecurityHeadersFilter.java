package com.aeims.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser's own defences on every response (pages, API, theme, error pages): no page of ours inside another
 * site's frame (clickjacking), no guessing of content types, no full URLs to other sites in the Referer (an operator's
 * or a room's id), and HTTPS remembered for a year once a page came over HTTPS (behind a TLS-terminating proxy that
 * needs the listener's proxy-address-forwarding, see configure-security.cli). Set before the response is written, so
 * a response that commits early carries them too.
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityHeadersFilter",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
