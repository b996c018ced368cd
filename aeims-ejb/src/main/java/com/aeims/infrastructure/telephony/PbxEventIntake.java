package com.aeims.infrastructure.telephony;

import com.aeims.application.call.CallEvents;
import com.aeims.application.call.CallReconciliation;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Turns AMI events into call events on the durable queue. A call is originated with a Linkedid made of its id, so
 * its events name it; events that do not (a call from before that, a PBX that ignores ChannelId) are matched by
 * Linkedid, and those that arrive before anything linked their Linkedid to a call are kept and sent once it is.
 * The adapter delivers one Linkedid's events one delivery at a time, so the per-call memory here needs no locking
 * beyond the maps'. A fact already sent for a call is not sent again (AMI repeats DialEnd, Hangup...): the state
 * machine would ignore it, but each message costs a transaction.
 */
@ApplicationScoped
public class PbxEventIntake {

    private static final Logger LOG = Logger.getLogger(PbxEventIntake.class.getName());
    private static final int CALLS_REMEMBERED = 50_000;
    private static final Set<CallEvent.Type> FINAL = EnumSet.of(CallEvent.Type.ENDED, CallEvent.Type.CUSTOMER_FAILED);

    @Inject
    private CallEvents callEvents;

    @Inject
    private CallReconciliation reconciliation;

    @Inject
    private CallLinks links;

    @Inject
    private PbxLink link;

    @Inject
    private Event<SessionUp> sessionsUp;

    private final Map<String, String> callByLinkedId = new ConcurrentHashMap<>();
    private final Map<String, Set<CallEvent.Type>> sentByCall = new ConcurrentHashMap<>();

    /**
     * Takes a delivery of AMI events in order and sends each call's new facts among them as one message, all of the
     * delivery's messages in the caller's transaction: a burst of events (a hang-up is a BridgeLeave, a Hangup and a
     * Cdr within a millisecond) costs a call one message, and the delivery one journal write, instead of one each.
     */
    public void accept(List<AmiEvent> events) {
        Delivery delivery = new Delivery();
        try {
            for (AmiEvent event : events) {
                if (event.is(AmiEvent.DISCONNECT)) {
                    link.lost(event.receivedAt());
                } else if (event.is(AmiEvent.CONNECT)) {
                    // what came before is sent (committed with this delivery) before the reconciliation looks
                    send(delivery.factsByCall);
                    sessionsUp.fire(new SessionUp());
                } else {
                    AmiCallFacts.of(event).ifPresent(fact -> route(fact, delivery));
                }
            }
            // facts whose call this delivery did not name wait in the database for the event that names it
            delivery.unlinked.values().forEach(facts -> facts.forEach(links::keepForLater));
            send(delivery.factsByCall);
        } catch (RuntimeException failed) {
            // the delivery's messages and links roll back and the adapter delivers its events again: nothing of it
            // may count as sent or linked then
            delivery.collected.forEach(fact -> sentByCall.getOrDefault(fact.callRef(),
                    EnumSet.noneOf(CallEvent.Type.class)).remove(sameFact(fact.type())));
            delivery.linkedHere.forEach(callByLinkedId::remove);
            throw failed;
        }
    }

    /** The AMI session is up again (after a restart or a reconnect): signalled in the delivery's transaction. */
    public record SessionUp() {
    }

    void reconcileOnceSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionUp up) {
        Instant lostAt = link.takeLostAt();
        LOG.info(() -> "AMI session up; reconciling unsettled calls" + (lostAt == null ? "" : " lost at " + lostAt));
        reconciliation.reconcile(lostAt);
    }

    /**
     * What one delivery gathers: each call's new facts, the facts whose call no event has named yet, and what it
     * marked as sent or linked (to forget if the delivery fails).
     */
    private static final class Delivery {
        final Map<String, List<CallEvent>> factsByCall = new LinkedHashMap<>();
        final Map<String, List<AmiCallFacts.Fact>> unlinked = new LinkedHashMap<>();
        final List<CallEvent> collected = new ArrayList<>();
        final List<String> linkedHere = new ArrayList<>();
    }

    private void route(AmiCallFacts.Fact fact, Delivery delivery) {
        String linkedId = fact.linkedId();
        String callRef = fact.callRefHint();
        if (callRef != null) {
            // a Linkedid made of the call id needs no link: every event of the call names it
            if (linkedId != null && AmiCallFacts.callRefIn(linkedId) == null
                    && !callRef.equals(callByLinkedId.get(linkedId))) {
                links.link(linkedId, callRef).forEach(waiting -> collect(waiting, delivery));
                List<AmiCallFacts.Fact> waitingHere = delivery.unlinked.remove(linkedId);
                if (waitingHere != null) {
                    waitingHere.forEach(waiting -> collect(waiting.toEvent(callRef), delivery));
                }
                remember(linkedId, callRef, delivery);
            }
            collect(fact.toEvent(callRef), delivery);
            return;
        }
        if (linkedId == null) {
            return;
        }
        Optional<String> linked = delivery.unlinked.containsKey(linkedId) ? Optional.empty()
                : Optional.ofNullable(callByLinkedId.get(linkedId)).or(() -> links.callOf(linkedId));
        if (linked.isPresent()) {
            remember(linkedId, linked.get(), delivery);
            collect(fact.toEvent(linked.get()), delivery);
        } else if (fact.type() != CallEvent.Type.RECORDING) {
            // a Cdr names a leg's Uniqueid, which is the Linkedid only for the customer's leg: never keep those
            delivery.unlinked.computeIfAbsent(linkedId, k -> new ArrayList<>()).add(fact);
        }
    }

    /** Keeps a fact not sent for its call before (AMI repeats DialEnd, Hangup...) for this delivery's message. */
    private void collect(CallEvent event, Delivery delivery) {
        Set<CallEvent.Type> sent = sentByCall.computeIfAbsent(event.callRef(), k -> EnumSet.noneOf(CallEvent.Type.class));
        CallEvent.Type fact = sameFact(event.type());
        if (sent.add(fact)) {
            delivery.factsByCall.computeIfAbsent(event.callRef(), k -> new ArrayList<>()).add(event);
            delivery.collected.add(event);
        }
    }

    private void send(Map<String, List<CallEvent>> factsByCall) {
        for (Iterator<List<CallEvent>> unsent = factsByCall.values().iterator(); unsent.hasNext(); ) {
            List<CallEvent> facts = unsent.next();
            callEvents.publish(facts);
            unsent.remove();
            if (facts.stream().anyMatch(f -> FINAL.contains(f.type()))) {
                sentByCall.remove(facts.get(0).callRef());
            }
        }
    }

    /** The operator's answer and the bridge forming are one fact: Dial bridges the moment the operator answers. */
    private static CallEvent.Type sameFact(CallEvent.Type type) {
        return type == CallEvent.Type.BRIDGED ? CallEvent.Type.OPERATOR_ANSWERED : type;
    }

    private void remember(String linkedId, String callRef, Delivery delivery) {
        if (callByLinkedId.size() >= CALLS_REMEMBERED) {
            callByLinkedId.clear();
            sentByCall.clear();
        }
        if (callByLinkedId.put(linkedId, callRef) == null) {
            delivery.linkedHere.add(linkedId);
        }
    }
}
