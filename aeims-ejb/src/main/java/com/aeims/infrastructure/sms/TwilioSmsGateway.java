package com.aeims.infrastructure.sms;

import com.aeims.application.SmsGateway;
import com.aeims.infrastructure.twilio.TwilioClients;
import com.aeims.infrastructure.twilio.TwilioSettings;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SMS through Twilio's Programmable Messaging API, with the official Java SDK. */
@ApplicationScoped
public class TwilioSmsGateway implements SmsGateway {

    @Inject
    private TwilioSettings settings;

    @Inject
    private TwilioClients clients;

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    @Override
    public List<String> numbers() {
        return settings.numbers();
    }

    @Override
    public String send(String fromNumber, String toNumber, String body) {
        if (!isConfigured()) {
            throw new IllegalStateException("Twilio is not configured (AEIMS_TWILIO_ACCOUNT_SID, AEIMS_TWILIO_AUTH_TOKEN)");
        }
        try {
            Message sent = Message.creator(new PhoneNumber(toNumber), new PhoneNumber(fromNumber), body)
                    .create(clients.client());
            return sent.getSid();
        } catch (ApiException refused) {
            throw new IllegalStateException("Twilio refused the SMS (" + refused.getStatusCode() + "): "
                    + refused.getMessage(), refused);
        }
    }

    @Override
    public boolean isAuthentic(String calledUrl, Map<String, String> parameters, String signature) {
        if (!isConfigured() || signature == null || signature.isBlank()) {
            return false;
        }
        return new RequestValidator(settings.authToken()).validate(calledUrl, parameters, signature);
    }

    @Override
    public Optional<String> publicWebhookUrl() {
        return settings.webhookUrl().isBlank() ? Optional.empty() : Optional.of(settings.webhookUrl());
    }
}
