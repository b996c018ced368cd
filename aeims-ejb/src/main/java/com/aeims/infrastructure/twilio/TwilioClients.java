package com.aeims.infrastructure.twilio;

import com.twilio.http.TwilioRestClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One SDK client for every use of Twilio's API (SMS, numbers), built on first use from {@link TwilioSettings}. */
@ApplicationScoped
public class TwilioClients {

    @Inject
    private TwilioSettings settings;

    private volatile TwilioRestClient client;

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** The client; {@link IllegalStateException} when the account is not configured. */
    public TwilioRestClient client() {
        TwilioRestClient current = client;
        if (current == null) {
            if (!settings.isConfigured()) {
                throw new IllegalStateException(
                        "Twilio is not configured (AEIMS_TWILIO_ACCOUNT_SID, AEIMS_TWILIO_AUTH_TOKEN)");
            }
            TwilioRestClient.Builder builder = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken());
            if (!settings.apiBase().isBlank()) {
                builder.httpClient(new RoutedHttpClient(settings.apiBase()));
            }
            current = builder.build();
            client = current;
        }
        return current;
    }
}
