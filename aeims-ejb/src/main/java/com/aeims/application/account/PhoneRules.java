package com.aeims.application.account;

import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.account.Destinations;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The destinations ops allow ({@code AEIMS_PHONE_COUNTRY_CODES}, default {@code 1}: the United States and Canada;
 * {@code AEIMS_PHONE_BLOCKED_PREFIXES}, default the premium-rate {@code +1900,+1976}), for every number the platform
 * rings or texts: a customer's, an operator's.
 */
@ApplicationScoped
public class PhoneRules {

    public Destinations destinations() {
        return Destinations.parse(setting("aeims.phones.country-codes", "AEIMS_PHONE_COUNTRY_CODES", "1"),
                setting("aeims.phones.blocked-prefixes", "AEIMS_PHONE_BLOCKED_PREFIXES", "+1900,+1976"));
    }

    /** Refuses a number the platform may not ring or text, as a field error; the number is E.164 already. */
    public void requireAllowed(String field, String e164) {
        destinations().refusal(e164).ifPresent(why -> {
            throw ValidationFailure.of("DESTINATION_NOT_ALLOWED", field, why);
        });
    }

    /**
     * Demo mode (the run command's {@code -Daeims.demo=true}): on a server with no SMS provider, phone codes are shown
     * on the page instead of texted, since the demo's numbers are fictional.
     */
    public boolean demoMode() {
        return Boolean.getBoolean("aeims.demo");
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
