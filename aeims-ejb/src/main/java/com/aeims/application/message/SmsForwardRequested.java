package com.aeims.application.message;

/**
 * A customer's message to an operator who is offline, to go to the operator's phone once it is committed, from the
 * platform number that carries their conversation (so the reply finds its way back).
 */
public record SmsForwardRequested(long messageId, long operatorId, long customerId, String operatorPhone,
                                  String platformNumber, String text) {
}
