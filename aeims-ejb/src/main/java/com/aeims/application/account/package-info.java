/**
 * Accounts as a use case: registering a customer and checking a login under the throttle ({@link AccountService},
 * {@link CustomerRegistration}, {@link LoginOutcome}). The web module's identity store, login and registration forms
 * and the auth API call it; the implementation is in {@code internal}. Uses the account and site models.
 */
package com.aeims.application.account;
