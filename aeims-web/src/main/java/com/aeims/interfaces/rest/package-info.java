/**
 * The JSON API under {@code /api} ({@link AeimsApi}): a resource per use case, each calling its application service for
 * the logged-in account ({@code CurrentUser}) on the request's site ({@code CurrentSite}), with the seed API's
 * snake_case shapes ({@link ApiResponses}, {@link Representations}). {@link ErrorMappers} is the only place that knows
 * HTTP status codes: the application says why it refused ({@code Refusal.Reason}), this package says which status that
 * is. {@link RoleCheck} answers {@code @RolesAllowed} with the API's JSON errors (401, 403).
 */
package com.aeims.interfaces.rest;
