/**
 * SMS through Twilio's Java SDK. {@link TwilioSmsGateway} implements the {@code SmsGateway} port with the
 * {@code infrastructure.twilio} client; {@link SmsForwarding} sends a customer's
 * message to an offline operator's phone once the message is committed, on a managed thread so the customer never waits
 * for Twilio, and {@link SmsForwardLog} records what became of it and whom the operator's reply is for.
 */
package com.aeims.infrastructure.sms;
