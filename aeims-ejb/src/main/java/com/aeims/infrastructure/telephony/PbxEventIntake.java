package com.aeims.infrastructure.telephony;

import com.aeims.application.CallEvents;
import com.aeims.application.CallService;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Turns AMI events into call events on the durable queue. Events that do not name their call are matched by
 * Linkedid; those that arrive before anything linked their Linkedid to a call are kept and sent once it is.
 * Runs inside the AMI consumer's transaction; the adapter delivers one Linkedid's events one at a time.
 */
@ApplicationScoped
public class PbxEventIntake {

    private static final Logger LOG = Logger.getLogger(PbxEventIntake.class.getName());
    private static final int KNOWN_LINKS_KEPT = 50_000;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallEvents callEvents;

    @Inject
    private CallService calls;

    @Inject
    private PbxLink link;

    // Linkedids already stored: saves a database round trip on almost every event of a call
    private final Map<String, String> knownLinks = new ConcurrentHashMap<>();

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
            if (linkedId != null && !callRef.equals(knownLinks.get(linkedId))) {
                link(linkedId, callRef);
            }
            callEvents.publish(fact.toEvent(callRef));
            return;
        }
        if (linkedId == null) {
            return;
        }
        Optional<String> linked = linkedCall(linkedId);
        if (linked.isPresent()) {
            callEvents.publish(fact.toEvent(linked.get()));
        } else {
            em.createNativeQuery("INSERT INTO call_orphan_event (linked_id, event_type, occurred_at, channel, detail) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, linkedId).setParameter(2, fact.type().name())
                    .setParameter(3, Timestamp.from(fact.at())).setParameter(4, fact.customerChannel())
                    .setParameter(5, fact.detail()).executeUpdate();
        }
    }

    private Optional<String> linkedCall(String linkedId) {
        String known = knownLinks.get(linkedId);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("SELECT call_ref FROM call_link WHERE linked_id = ?1")
                .setParameter(1, linkedId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(remember(linkedId, (String) rows.get(0)));
    }

    private void link(String linkedId, String callRef) {
        int inserted = em.createNativeQuery("INSERT INTO call_link (linked_id, call_ref) VALUES (?1, ?2) "
                + "ON CONFLICT (linked_id) DO NOTHING").setParameter(1, linkedId).setParameter(2, callRef).executeUpdate();
        remember(linkedId, callRef);
        if (inserted == 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> orphans = em.createNativeQuery("DELETE FROM call_orphan_event WHERE linked_id = ?1 "
                        + "RETURNING event_type, occurred_at, channel, detail")
                .setParameter(1, linkedId).getResultList();
        for (Object[] orphan : orphans) {
            callEvents.publish(new CallEvent(callRef, CallEvent.Type.valueOf((String) orphan[0]),
                    ((Timestamp) orphan[1]).toInstant(), linkedId, (String) orphan[2], (String) orphan[3]));
        }
    }

    private String remember(String linkedId, String callRef) {
        if (knownLinks.size() >= KNOWN_LINKS_KEPT) {
            knownLinks.clear();
        }
        knownLinks.put(linkedId, callRef);
        return callRef;
    }
}
