package com.aeims.application;

/** Text messages to phones, from the platform's numbers. */
public interface SmsGateway {

    /** The platform's SMS numbers, E.164, the first being the default; at least one. */
    java.util.List<String> numbers();

    /** False when no SMS provider is configured: forwarding is then skipped (and said so in the log). */
    boolean isConfigured();

    /**
     * Sends one SMS from one of {@link #numbers()} and returns the provider's id for it; a refusal is an
     * {@link IllegalStateException}.
     */
    String send(String fromNumber, String toNumber, String body);

    /**
     * Whether a webhook call really comes from the provider: its signature over the URL it called and the
     * form parameters it sent.
     */
    boolean isAuthentic(String calledUrl, java.util.Map<String, String> parameters, String signature);

    /** The public URL the provider was told to post inbound SMS to, when it differs from what the server sees. */
    java.util.Optional<String> publicWebhookUrl();
}
