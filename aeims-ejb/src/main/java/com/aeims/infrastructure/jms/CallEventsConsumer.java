package com.aeims.infrastructure.jms;

import com.aeims.application.CallService;
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
 * Applies queued call events to the call state machine. The message is taken in a local JMS transaction that
 * commits after the state machine's own database transaction, so there is no two-phase commit (and no transaction
 * log write) per event; a failure rolls the message back and Artemis redelivers it, and a redelivered event that
 * had been applied changes nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsCallEvents.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallEventsConsumer implements MessageListener {

    @Inject
    private CallService calls;

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
