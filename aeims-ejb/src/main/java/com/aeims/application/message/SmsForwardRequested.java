package com.aeims.application.message;

/** A customer's message to an operator who is offline, to go to the operator's phone once it is committed. */
public record SmsForwardRequested(long messageId, long operatorId, long customerId, String operatorPhone,
                                  String text) {
}
