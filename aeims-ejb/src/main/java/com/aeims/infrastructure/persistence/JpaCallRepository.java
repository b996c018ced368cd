package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCallRepository implements CallRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<Call> find(String callRef) {
        return em.createQuery("SELECT c FROM Call c WHERE c.callRef = :ref", Call.class)
                .setParameter("ref", callRef).getResultStream().findFirst();
    }

    @Override
    public Optional<Call> lock(String callRef) {
        return em.createQuery("SELECT c FROM Call c WHERE c.callRef = :ref", Call.class)
                .setParameter("ref", callRef).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Long> recordingsEndedBefore(Instant instant, int max) {
        return em.createQuery("SELECT c.id FROM Call c WHERE c.recordingFile IS NOT NULL AND c.recordingPurgedAt IS NULL"
                        + " AND c.endedAt < :before ORDER BY c.endedAt", Long.class)
                .setParameter("before", instant.atOffset(ZoneOffset.UTC)).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Call> lock(long callId) {
        return Optional.ofNullable(em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Named> list(Long customerId, Long operatorId, Scope scope, int limit) {
        String condition = switch (scope) {
            case ALL -> "";
            case UNSETTLED -> " AND c.settledAt IS NULL";
            case TALKING -> " AND c.settledAt IS NULL AND c.bridgedAt IS NOT NULL AND c.endedAt IS NULL";
        };
        TypedQuery<Object[]> query = em.createQuery("SELECT c, ca.displayName, oa.displayName FROM Call c, "
                + "Account ca, Account oa WHERE ca.id = c.customerId AND oa.id = c.operatorId"
                + (customerId == null ? "" : " AND c.customerId = :customer")
                + (operatorId == null ? "" : " AND c.operatorId = :operator") + condition
                + " ORDER BY c.requestedAt DESC, c.id DESC", Object[].class).setMaxResults(limit);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (operatorId != null) {
            query.setParameter("operator", operatorId);
        }
        return query.getResultList().stream()
                .map(row -> new Named((Call) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    public List<Call> unsettled() {
        return em.createQuery("SELECT c FROM Call c WHERE c.settledAt IS NULL ORDER BY c.id", Call.class)
                .getResultList();
    }

    @Override
    public List<Call> silentSince(Instant requestedBefore) {
        return em.createQuery("SELECT c FROM Call c WHERE c.settledAt IS NULL AND c.lastEventAt IS NULL "
                        + "AND c.requestedAt < :quietSince ORDER BY c.id", Call.class)
                .setParameter("quietSince", requestedBefore.atOffset(ZoneOffset.UTC)).getResultList();
    }

    @Override
    public List<Long> dueForSettlement(Instant now, int max, int share, int shares) {
        return em.createQuery("SELECT c.id FROM Call c WHERE c.settledAt IS NULL AND c.settleDueAt <= :now "
                        + "AND MOD(c.id, :shares) = :share ORDER BY c.settleDueAt, c.id", Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("shares", (long) shares)
                .setParameter("share", (long) share).setMaxResults(max).getResultList();
    }

    @Override
    public List<Call> lockDue(Collection<Long> callIds) {
        return em.createQuery("SELECT c FROM Call c WHERE c.id IN :ids AND c.settledAt IS NULL "
                        + "AND c.settleDueAt IS NOT NULL ORDER BY c.id", Call.class)
                .setParameter("ids", callIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Set<Long> stillOnCalls(Collection<Long> operatorIds) {
        em.flush();
        return Set.copyOf(em.createQuery("SELECT DISTINCT c.operatorId FROM Call c "
                        + "WHERE c.operatorId IN :ids AND c.settledAt IS NULL", Long.class)
                .setParameter("ids", List.copyOf(operatorIds)).getResultList());
    }
}
