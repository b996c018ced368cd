/**
 * Logins with Jakarta Security: {@link AeimsAuthenticationMechanism} (session-based, for the pages and the API),
 * {@link AccountIdentityStore} (accounts from the database; the caller's group is its role) and {@link CurrentUser}
 * (the request's account). Uses the account use case.
 */
package com.aeims.interfaces.web.security;
