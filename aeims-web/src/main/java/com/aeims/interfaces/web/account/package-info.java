/**
 * Logging in ({@link LoginForm}, through Jakarta Security's programmatic authentication), logging out ({@link Logout},
 * POST only, so a link on another site cannot log anyone out) and registering as a customer ({@link RegistrationForm}).
 * Uses the account use case.
 */
package com.aeims.interfaces.web.account;
