package com.aeims.infrastructure.telephony;

import com.aeims.domain.model.call.CallEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Which call an Asterisk Linkedid belongs to, and the events kept for a Linkedid not linked yet. The writes join the
 * AMI delivery's transaction, so links and the messages they release commit or roll back together.
 */
@Stateless
public class CallLinks {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    public Optional<String> callOf(String linkedId) {
        List<?> rows = em.createNativeQuery("SELECT call_ref FROM call_link WHERE linked_id = ?1")
                .setParameter(1, linkedId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** Links them (once) and hands back the events that were waiting for the link. */
    public List<CallEvent> link(String linkedId, String callRef) {
        int inserted = em.createNativeQuery("INSERT INTO call_link (linked_id, call_ref) VALUES (?1, ?2) "
                + "ON CONFLICT (linked_id) DO NOTHING").setParameter(1, linkedId).setParameter(2, callRef).executeUpdate();
        if (inserted == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> orphans = em.createNativeQuery("DELETE FROM call_orphan_event WHERE linked_id = ?1 "
                        + "RETURNING event_type, occurred_at, channel, detail")
                .setParameter(1, linkedId).getResultList();
        return orphans.stream().map(orphan -> new CallEvent(callRef, CallEvent.Type.valueOf((String) orphan[0]),
                ((Timestamp) orphan[1]).toInstant(), linkedId, (String) orphan[2], (String) orphan[3])).toList();
    }

    public void keepForLater(AmiCallFacts.Fact fact) {
        em.createNativeQuery("INSERT INTO call_orphan_event (linked_id, event_type, occurred_at, channel, detail) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, fact.linkedId()).setParameter(2, fact.type().name())
                .setParameter(3, Timestamp.from(fact.at())).setParameter(4, fact.customerChannel())
                .setParameter(5, fact.detail()).executeUpdate();
    }
}
