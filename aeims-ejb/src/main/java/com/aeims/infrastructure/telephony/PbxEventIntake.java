package com.aeims.infrastructure.telephony;

import com.aeims.application.CallEvents;
import com.aeims.application.CallService;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Turns AMI events into call events on the durable queue. Events that do not name their call are matched by
 * Linkedid; those that arrive before anything linked their Linkedid to a call are kept and sent once it is.
 * The adapter delivers one Linkedid's events one at a time, so the per-call memory here needs no locking beyond
 * the maps'. A fact already sent for a call is not sent again (AMI repeats DialEnd, Hangup...): the state machine
 * would ignore it, but each message costs a transaction.
 */
@ApplicationScoped
public class PbxEventIntake {

    private static final Logger LOG = Logger.getLogger(PbxEventIntake.class.getName());
    private static final int CALLS_REMEMBERED = 50_000;
    private static final Set<CallEvent.Type> FINAL = EnumSet.of(CallEvent.Type.ENDED, CallEvent.Type.CUSTOMER_FAILED);

    @Inject
    private CallEvents callEvents;

    @Inject
    private CallService calls;

    @Inject
    private CallLinks links;

    @Inject
    private PbxLink link;

    private final Map<String, String> callByLinkedId = new ConcurrentHashMap<>();
    private final Map<String, Set<CallEvent.Type>> sentByCall = new ConcurrentHashMap<>();

    public void accept(AmiEvent event) {
        if (event.is(AmiEvent.DISCONNECT)) {
            link.lost(event.receivedAt());
            return;
        }
        if (event.is(AmiEvent.CONNECT)) {
            Instant lostAt = link.takeLostAt();
            LOG.info(() -> "AMI session up; reconciling unsettled calls" + (lostAt == null ? "" : " lost at " + lostAt));
            calls.reconcile(lostAt);
            return;
        }
        AmiCallFacts.of(event).ifPresent(this::route);
    }

    private void route(AmiCallFacts.Fact fact) {
        String linkedId = fact.linkedId();
        String callRef = fact.callRefHint();
        if (callRef != null) {
            if (linkedId != null && !callRef.equals(callByLinkedId.get(linkedId))) {
                links.link(linkedId, callRef).forEach(this::publish);
                remember(linkedId, callRef);
            }
            publish(fact.toEvent(callRef));
            return;
        }
        if (linkedId == null) {
            return;
        }
        Optional<String> linked = Optional.ofNullable(callByLinkedId.get(linkedId)).or(() -> links.callOf(linkedId));
        if (linked.isPresent()) {
            remember(linkedId, linked.get());
            publish(fact.toEvent(linked.get()));
        } else if (fact.type() != CallEvent.Type.RECORDING) {
            // a Cdr names a leg's Uniqueid, which is the Linkedid only for the customer's leg: never keep those
            links.keepForLater(fact);
        }
    }

    private void publish(CallEvent event) {
        Set<CallEvent.Type> sent = sentByCall.computeIfAbsent(event.callRef(), k -> EnumSet.noneOf(CallEvent.Type.class));
        CallEvent.Type fact = sameFact(event.type());
        if (sent.contains(fact)) {
            return;
        }
        callEvents.publish(event);
        sent.add(fact);
        if (FINAL.contains(event.type())) {
            sentByCall.remove(event.callRef());
        }
    }

    /** The operator's answer and the bridge forming are one fact: Dial bridges the moment the operator answers. */
    private static CallEvent.Type sameFact(CallEvent.Type type) {
        return type == CallEvent.Type.BRIDGED ? CallEvent.Type.OPERATOR_ANSWERED : type;
    }

    private void remember(String linkedId, String callRef) {
        if (callByLinkedId.size() >= CALLS_REMEMBERED) {
            callByLinkedId.clear();
            sentByCall.clear();
        }
        callByLinkedId.put(linkedId, callRef);
    }
}
