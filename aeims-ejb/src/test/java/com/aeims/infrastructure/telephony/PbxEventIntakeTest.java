package com.aeims.infrastructure.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aeims.application.call.CallEvents;
import com.aeims.application.call.CallReconciliation;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The intake outside a server: the queue is a list that can refuse a message, as a failing commit would. */
class PbxEventIntakeTest {

    private static final Instant AT = Instant.parse("2026-11-21T15:00:00Z");

    /** Takes messages until told to refuse one; a refused delivery's messages are rolled back with it. */
    private static final class Queue implements CallEvents {
        final List<List<CallEvent>> committed = new ArrayList<>();
        final List<List<CallEvent>> delivery = new ArrayList<>();
        String refuseCall;

        @Override
        public void publish(List<CallEvent> facts) {
            if (facts.get(0).callRef().equals(refuseCall)) {
                delivery.clear();
                throw new IllegalStateException("the journal is full");
            }
            delivery.add(facts);
        }

        @Override
        public void publishLater(CallEvent event, Duration delay) {
            throw new UnsupportedOperationException();
        }

        void commit() {
            committed.addAll(delivery);
            delivery.clear();
        }
    }

    private static AmiEvent bridgeEnter(String callRef) {
        String linkedId = AmiCallFacts.channelIdOf(callRef);
        return new AmiEvent("BridgeEnter", Map.of("channel", "Local/cust@lab-0001;1", "uniqueid", linkedId,
                "linkedid", linkedId, "bridgenumchannels", "2"), Map.of(), AT, null);
    }

    @Test
    void aDeliveryThatFailsCountsNothingAsSentSoItsRedeliverySendsEveryCallsFactsAgain() throws Exception {
        Queue queue = new Queue();
        PbxEventIntake intake = intake(queue);
        List<AmiEvent> delivery = List.of(bridgeEnter("call_a"), bridgeEnter("call_b"));

        queue.refuseCall = "call_b";
        assertThrows(IllegalStateException.class, () -> intake.accept(delivery));
        queue.refuseCall = null;
        intake.accept(delivery);
        queue.commit();

        assertEquals(List.of("call_a", "call_b"), queue.committed.stream().map(facts -> facts.get(0).callRef())
                .toList());
        assertEquals(CallEvent.Type.BRIDGED, queue.committed.get(0).get(0).type());
    }

    @Test
    void aFactAlreadySentForACallIsNotSentAgain() throws Exception {
        Queue queue = new Queue();
        PbxEventIntake intake = intake(queue);

        intake.accept(List.of(bridgeEnter("call_a")));
        intake.accept(List.of(bridgeEnter("call_a")));
        queue.commit();

        assertEquals(1, queue.committed.size());
    }

    private static PbxEventIntake intake(CallEvents queue) throws Exception {
        PbxEventIntake intake = new PbxEventIntake();
        set(intake, "callEvents", queue);
        set(intake, "reconciliation", unused(CallReconciliation.class));
        set(intake, "links", new CallLinks());
        set(intake, "link", new PbxLink());
        set(intake, "sessionsUp", unused(Event.class));
        return intake;
    }

    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new AssertionError(method.getName() + " was not expected");
        }));
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
