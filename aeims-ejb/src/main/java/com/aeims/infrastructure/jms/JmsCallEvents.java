package com.aeims.infrastructure.jms;

import com.aeims.application.CallEvents;
import com.aeims.domain.model.call.CallEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;

/**
 * Call events on the persistent {@code AeimsCallEvents} queue, sent in the caller's transaction. Each message is
 * in its call's message group, so one consumer at a time takes a call's events, in the order they were sent.
 */
@ApplicationScoped
public class JmsCallEvents implements CallEvents {

    static final String QUEUE = "java:/jms/queue/AeimsCallEvents";

    @Inject
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @Override
    public void publish(CallEvent event) {
        jms.createProducer().send(queue, toMessage(event));
    }

    @Override
    public void publishLater(CallEvent event, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, toMessage(event));
    }

    private MapMessage toMessage(CallEvent event) {
        try {
            MapMessage message = jms.createMapMessage();
            message.setStringProperty("JMSXGroupID", event.callRef());
            message.setString("ref", event.callRef());
            message.setString("type", event.type().name());
            message.setLong("seconds", event.occurredAt().getEpochSecond());
            message.setInt("nanos", event.occurredAt().getNano());
            message.setString("linked", event.linkedId());
            message.setString("channel", event.channel());
            message.setString("detail", event.detail());
            return message;
        } catch (JMSException e) {
            throw new JMSRuntimeException("Could not build the call event message", e.getErrorCode(), e);
        }
    }

    static CallEvent fromMessage(Message message) throws JMSException {
        MapMessage map = (MapMessage) message;
        return new CallEvent(map.getString("ref"), CallEvent.Type.valueOf(map.getString("type")),
                Instant.ofEpochSecond(map.getLong("seconds"), map.getInt("nanos")), map.getString("linked"),
                map.getString("channel"), map.getString("detail"));
    }
}
