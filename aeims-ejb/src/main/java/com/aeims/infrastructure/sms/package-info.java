/**
 * SMS through Twilio's Java SDK. {@link TwilioSmsGateway} implements the {@code SmsGateway} port with
 * {@link TwilioSettings} ({@code AEIMS_TWILIO_*} or {@code aeims.twilio.*}); {@link SmsForwarding} sends a customer's
 * message to an offline operator's phone once the message is committed, on a managed thread so the customer never waits
 * for Twilio, and {@link SmsForwardLog} records what became of it and whom the operator's reply is for.
 * {@link RoutedHttpClient} points the SDK at a mock of Twilio's API (tests, staging).
 */
package com.aeims.infrastructure.sms;
