/**
 * Twilio's REST API through its Java SDK: {@link TwilioSettings} ({@code AEIMS_TWILIO_*} or {@code aeims.twilio.*}),
 * one {@link TwilioClients client} for all uses, and {@link TwilioNumberProvider}, which searches, buys and releases
 * operators' numbers. {@link RoutedHttpClient} points the SDK at a mock of Twilio's API (tests, staging).
 */
package com.aeims.infrastructure.twilio;
