/**
 * Messages between customers and operators: paid chat ({@link TextService}) and internal mail ({@link MailService}),
 * each charged once per idempotency key however often it is retried. For operators who are offline, a customer's
 * message also goes to their phone: {@link SmsForwardRequested} is fired in the send's transaction and the
 * infrastructure sends it only once that commits, through the {@link com.aeims.application.SmsGateway} port, which also checks the provider's
 * signature on the replies.
 */
package com.aeims.application.message;
