package com.aeims.infrastructure.jms;

import com.aeims.application.call.CallEvents;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Call events on the persistent {@code AeimsCallEvents} queue, sent in the caller's transaction. A message carries
 * one or more facts of one call and is in that call's message group, so one consumer at a time takes a call's
 * facts, in the order they were sent.
 */
@ApplicationScoped
public class JmsCallEvents implements CallEvents {

    static final String QUEUE = "java:/jms/queue/AeimsCallEvents";

    @Inject
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @Override
    public void publish(List<CallEvent> facts) {
        if (facts.stream().map(CallEvent::callRef).distinct().count() != 1) {
            throw new IllegalArgumentException("One message carries the facts of one call");
        }
        jms.createProducer().send(queue, toMessage(facts));
    }

    @Override
    public void publishLater(CallEvent event, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, toMessage(List.of(event)));
    }

    private MapMessage toMessage(List<CallEvent> facts) {
        try {
            MapMessage message = jms.createMapMessage();
            message.setStringProperty("JMSXGroupID", facts.get(0).callRef());
            message.setString("ref", facts.get(0).callRef());
            message.setInt("facts", facts.size());
            for (int i = 0; i < facts.size(); i++) {
                CallEvent fact = facts.get(i);
                message.setString("type." + i, fact.type().name());
                message.setLong("seconds." + i, fact.occurredAt().getEpochSecond());
                message.setInt("nanos." + i, fact.occurredAt().getNano());
                message.setString("linked." + i, fact.linkedId());
                message.setString("channel." + i, fact.channel());
                message.setString("detail." + i, fact.detail());
            }
            return message;
        } catch (JMSException e) {
            throw new JMSRuntimeException("Could not build the call event message", e.getErrorCode(), e);
        }
    }

    static List<CallEvent> fromMessage(Message message) throws JMSException {
        MapMessage map = (MapMessage) message;
        String callRef = map.getString("ref");
        // a message queued by an earlier version, before an upgrade, carries one fact under unnumbered names
        boolean numbered = map.itemExists("facts");
        List<CallEvent> facts = new ArrayList<>();
        for (int i = 0; i < (numbered ? map.getInt("facts") : 1); i++) {
            String n = numbered ? "." + i : "";
            facts.add(new CallEvent(callRef, CallEvent.Type.valueOf(map.getString("type" + n)),
                    Instant.ofEpochSecond(map.getLong("seconds" + n), map.getInt("nanos" + n)),
                    map.getString("linked" + n), map.getString("channel" + n), map.getString("detail" + n)));
        }
        return facts;
    }
}
