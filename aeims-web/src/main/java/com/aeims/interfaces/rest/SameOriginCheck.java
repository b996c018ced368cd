package com.aeims.interfaces.rest;

import com.aeims.interfaces.SameOrigin;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery on the API: a request that changes something must carry {@link SameOrigin#API_HEADER}
 * (a cross-site form cannot send a custom header, and a cross-site script cannot without a CORS preflight, which
 * this server never grants), and a browser must not say it came from elsewhere. SameSite=Lax alone does not cover a
 * same-site page on another subdomain, nor old browsers. Runs before the role check: a forged request learns nothing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SameOriginCheck implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || resource.getResourceClass() == null
                || resource.getResourceClass().isAnnotationPresent(ExternalCaller.class)) {
            return;
        }
        Optional<String> refusal = SameOrigin.refusal(request.getUriInfo().getRequestUri(),
                request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"));
        if (refusal.isEmpty() && request.getHeaderString(SameOrigin.API_HEADER) == null) {
            refusal = Optional.of("no " + SameOrigin.API_HEADER + " header");
        }
        refusal.ifPresent(why -> request.abortWith(ApiResponses.error(403, "CROSS_ORIGIN",
                "Changes come only from this site's own pages (" + why + ")")));
    }
}
