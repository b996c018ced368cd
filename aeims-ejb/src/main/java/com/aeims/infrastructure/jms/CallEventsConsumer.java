package com.aeims.infrastructure.jms;

import com.aeims.application.CallService;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Applies queued call events to the call state machine; a failure rolls back and Artemis redelivers. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsCallEvents.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
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
