package com.aeims.infrastructure.jms;

import com.aeims.application.call.CallProgress;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Applies queued call events to the call state machine. The message is acknowledged once the state machine's own
 * database transaction has committed (the adapter acknowledges after {@code onMessage} returns), without a JMS
 * transaction: no two-phase commit, and no wait for a journal write, per event. A failure rolls the session back
 * and Artemis redelivers the message; one redelivered after it had been applied (the server stopped before the
 * acknowledgement was written) changes nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsCallEvents.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "32")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallEventsConsumer implements MessageListener {

    @Inject
    private CallProgress calls;

    @Override
    public void onMessage(Message message) {
        try {
            calls.apply(JmsCallEvents.fromMessage(message));
        } catch (JMSException unreadable) {
            throw new JMSRuntimeException("Unreadable call event: " + unreadable.getMessage(),
                    unreadable.getErrorCode(), unreadable);
        }
    }
}
