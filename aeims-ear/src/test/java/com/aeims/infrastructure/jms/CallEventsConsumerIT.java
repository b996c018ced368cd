package com.aeims.infrastructure.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.aeims.testsupport.InContainer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The call-event consumer inside WildFly, on the real queue: what it cannot apply is not acknowledged. */
@ExtendWith(ArquillianExtension.class)
class CallEventsConsumerIT {

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(CallEventsConsumerIT.class);
    }

    @Inject
    private JMSContext jms;

    @Resource(lookup = JmsCallEvents.QUEUE)
    private Queue callEvents;

    @Resource(lookup = "java:/jms/queue/AeimsCallEventsDLQ")
    private Queue deadLetters;

    @Test
    void aMessageThatFailsEveryTimeIsRedeliveredUntilItIsDeadLettered() throws Exception {
        String callRef = "call_" + UUID.randomUUID().toString().replace("-", "");
        MapMessage unreadable = jms.createMapMessage();
        unreadable.setStringProperty("JMSXGroupID", callRef);
        unreadable.setString("ref", callRef);
        unreadable.setInt("facts", 1);
        unreadable.setString("type.0", "NOT_A_CALL_EVENT");
        jms.createProducer().send(callEvents, unreadable);

        // five deliveries, 0.5 + 1 + 2 + 4 s apart
        try (JMSConsumer dead = jms.createConsumer(deadLetters, "JMSXGroupID = '" + callRef + "'")) {
            Message deadLettered = dead.receive(60_000);
            assertNotNull(deadLettered, "dead-lettered after its deliveries failed, not acknowledged and lost");
            assertEquals(callRef, ((MapMessage) deadLettered).getString("ref"));
        }
    }
}
