package com.aeims.infrastructure.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Twilio settings from the environment (AEIMS_TWILIO_*) or system properties (aeims.twilio.*, used by the test
 * server). The auth token is a secret: give it through the environment or a credential store, never a file.
 */
@ApplicationScoped
public class TwilioSettings {

    public String accountSid() {
        return setting("aeims.twilio.account-sid", "AEIMS_TWILIO_ACCOUNT_SID", "");
    }

    public String authToken() {
        return setting("aeims.twilio.auth-token", "AEIMS_TWILIO_AUTH_TOKEN", "");
    }

    /** The platform's SMS-capable number, E.164; by default the number calls show. */
    public String fromNumber() {
        return setting("aeims.twilio.sms-number", "AEIMS_TWILIO_SMS_NUMBER",
                System.getProperty("aeims.telephony.platform-number", "+18885550100"));
    }

    /**
     * All the platform's SMS numbers (AEIMS_TWILIO_SMS_NUMBERS, comma-separated; the default number first when not
     * listed): each carries one conversation per operator at a time, so an operator's replies reach the right
     * customer as long as they have no more conversations at once than there are numbers.
     */
    public List<String> numbers() {
        List<String> numbers = new ArrayList<>();
        numbers.add(fromNumber());
        for (String number : setting("aeims.twilio.sms-numbers", "AEIMS_TWILIO_SMS_NUMBERS", "").split(",")) {
            if (!number.isBlank() && !numbers.contains(number.strip())) {
                numbers.add(number.strip());
            }
        }
        return List.copyOf(numbers);
    }

    /** Where the API is: Twilio itself unless a test or staging mock is named (http://localhost:port). */
    public String apiBase() {
        return setting("aeims.twilio.api-base", "AEIMS_TWILIO_API_BASE", "");
    }

    /**
     * The public URL Twilio posts inbound messages to, as configured on the Twilio number; signatures are computed
     * over it, so behind a proxy it must be the outside URL. Empty: the URL the request arrived at.
     */
    public String webhookUrl() {
        return setting("aeims.twilio.webhook-url", "AEIMS_TWILIO_WEBHOOK_URL", "");
    }

    /**
     * The Elastic SIP Trunk (TK...) operators' numbers are attached to when bought: Twilio sends their calls to the
     * trunk's origination URI, the platform's Asterisk (config/twilio/README.md). Empty: numbers cannot be bought.
     */
    public String trunkSid() {
        return setting("aeims.twilio.trunk-sid", "AEIMS_TWILIO_TRUNK_SID", "");
    }

    /** The country operators' numbers are searched in (ISO 3166 alpha-2). */
    public String numberCountry() {
        return setting("aeims.twilio.number-country", "AEIMS_TWILIO_NUMBER_COUNTRY", "US");
    }

    /**
     * What this deployment writes into the friendly name of each number it buys, before the number's id: deployments
     * sharing one Twilio account (staging and production) need different tags, or each would give back the other's.
     */
    public String numberTag() {
        return setting("aeims.twilio.number-tag", "AEIMS_TWILIO_NUMBER_TAG", "aeims");
    }

    public boolean isConfigured() {
        return !accountSid().isBlank() && !authToken().isBlank();
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
