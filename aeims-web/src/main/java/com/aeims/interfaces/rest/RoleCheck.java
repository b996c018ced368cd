package com.aeims.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on API resources with the API's JSON errors:
 * 401 when nobody is logged in, 403 when the caller has another role.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(ApiResponses.error(401, "NOT_AUTHENTICATED", "Log in first"));
        } else if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(ApiResponses.error(403, "FORBIDDEN", "Your account may not do this"));
        }
    }
}
