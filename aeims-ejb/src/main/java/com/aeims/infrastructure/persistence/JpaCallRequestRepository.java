package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCallRequestRepository implements CallRequestRepository {

    private static final String LINE = "r.kind = com.aeims.domain.model.callback.CallRequest.Kind.WHEN_FREE"
            + " AND r.status = com.aeims.domain.model.callback.CallRequest.Status.PENDING";

    private static final String OPEN = "r.status IN (com.aeims.domain.model.callback.CallRequest.Status.PENDING,"
            + " com.aeims.domain.model.callback.CallRequest.Status.ACCEPTED)";

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public void add(CallRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<CallRequest> findByKey(String idempotencyKey) {
        return em.createQuery("SELECT r FROM CallRequest r WHERE r.idempotencyKey = :key", CallRequest.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public Optional<CallRequest> find(String requestRef) {
        return byRef(requestRef).getResultStream().findFirst();
    }

    @Override
    public Optional<CallRequest> lock(String requestRef) {
        return byRef(requestRef).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<CallRequest> byRef(String requestRef) {
        return em.createQuery("SELECT r FROM CallRequest r WHERE r.requestRef = :ref", CallRequest.class)
                .setParameter("ref", requestRef);
    }

    @Override
    public List<Named> list(Long customerId, Long operatorId, int limit) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r, ca.displayName, oa.displayName FROM CallRequest r,"
                + " Account ca, Account oa WHERE ca.id = r.customerId AND oa.id = r.operatorId"
                + (customerId == null ? "" : " AND r.customerId = :customer")
                + (operatorId == null ? "" : " AND r.operatorId = :operator")
                + " ORDER BY r.createdAt DESC, r.id DESC", Object[].class).setMaxResults(limit);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (operatorId != null) {
            query.setParameter("operator", operatorId);
        }
        return query.getResultList().stream()
                .map(row -> new Named((CallRequest) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    public List<CallRequest> acceptedOf(long operatorId, Instant since, Instant to) {
        return em.createQuery("SELECT r FROM CallRequest r WHERE r.operatorId = :operator"
                        + " AND r.status = com.aeims.domain.model.callback.CallRequest.Status.ACCEPTED"
                        + " AND r.scheduledAt > :since AND r.scheduledAt < :to ORDER BY r.scheduledAt", CallRequest.class)
                .setParameter("operator", operatorId).setParameter("since", utc(since)).setParameter("to", utc(to))
                .getResultList();
    }

    @Override
    public int aheadInLine(long operatorId, Instant queuedAt) {
        return em.createQuery("SELECT COUNT(r) FROM CallRequest r WHERE r.operatorId = :operator AND " + LINE
                        + " AND r.queuedAt < :queued", Long.class)
                .setParameter("operator", operatorId).setParameter("queued", utc(queuedAt))
                .getSingleResult().intValue();
    }

    @Override
    public List<Named> line(long operatorId) {
        return em.createQuery("SELECT r, ca.displayName, oa.displayName FROM CallRequest r, Account ca, Account oa"
                        + " WHERE ca.id = r.customerId AND oa.id = r.operatorId AND r.operatorId = :operator AND "
                        + LINE + " ORDER BY r.queuedAt, r.id", Object[].class)
                .setParameter("operator", operatorId).getResultList().stream()
                .map(row -> new Named((CallRequest) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    public List<String> readyInLine(long operatorId, Instant now, int max) {
        return em.createQuery("SELECT r.requestRef FROM CallRequest r WHERE r.operatorId = :operator AND " + LINE
                        + " AND (r.nextAttemptAt IS NULL OR r.nextAttemptAt <= :now) ORDER BY r.queuedAt, r.id",
                        String.class)
                .setParameter("operator", operatorId).setParameter("now", utc(now)).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> freeOperatorsWithLine(Instant now, int max) {
        return em.createQuery("SELECT DISTINCT r.operatorId FROM CallRequest r, Operator o WHERE o.accountId ="
                        + " r.operatorId AND o.availability = com.aeims.domain.model.operator.Availability.ONLINE AND "
                        + LINE + " AND (r.nextAttemptAt IS NULL OR r.nextAttemptAt <= :now)", Long.class)
                .setParameter("now", utc(now)).setMaxResults(max).getResultList();
    }

    @Override
    public boolean inLine(long customerId, long operatorId) {
        return !em.createQuery("SELECT r.id FROM CallRequest r WHERE r.operatorId = :operator"
                        + " AND r.customerId = :customer"
                        + " AND r.kind = com.aeims.domain.model.callback.CallRequest.Kind.WHEN_FREE"
                        + " AND r.status = com.aeims.domain.model.callback.CallRequest.Status.PENDING", Long.class)
                .setParameter("operator", operatorId).setParameter("customer", customerId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<String> lapsed(Instant now, Duration lateGrace, Duration longestWait, int max) {
        return em.createQuery("SELECT r.requestRef FROM CallRequest r WHERE " + OPEN + " AND ("
                        + "(r.kind = com.aeims.domain.model.callback.CallRequest.Kind.WHEN_FREE"
                        + " AND r.createdAt <= :waitedSince)"
                        + " OR (r.status = com.aeims.domain.model.callback.CallRequest.Status.PENDING"
                        + " AND COALESCE(r.proposedAt, r.scheduledAt) <= :now)"
                        + " OR (r.status = com.aeims.domain.model.callback.CallRequest.Status.ACCEPTED"
                        + " AND r.callRef IS NULL AND COALESCE(r.nextAttemptAt, r.scheduledAt) <= :lateSince))"
                        + " ORDER BY r.createdAt", String.class)
                .setParameter("now", utc(now)).setParameter("waitedSince", utc(now.minus(longestWait)))
                .setParameter("lateSince", utc(now.minus(lateGrace))).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<CallRequest> lockByCallRef(String callRef) {
        return em.createQuery("SELECT r FROM CallRequest r WHERE r.callRef = :call", CallRequest.class)
                .setParameter("call", callRef).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    @Override
    public List<String> due(Instant now, Duration lateGrace, int max) {
        return acceptedUncalled("COALESCE(r.nextAttemptAt, r.scheduledAt) <= :now"
                + " AND COALESCE(r.nextAttemptAt, r.scheduledAt) > :from", now, now.minus(lateGrace), max);
    }

    @Override
    public List<String> toRemind(Instant now, Duration lead, int max) {
        return acceptedUncalled("r.remindedAt IS NULL AND r.scheduledAt <= :now AND r.scheduledAt > :from",
                now.plus(lead), now, max);
    }

    private List<String> acceptedUncalled(String condition, Instant now, Instant from, int max) {
        return em.createQuery("SELECT r.requestRef FROM CallRequest r WHERE"
                        + " r.status = com.aeims.domain.model.callback.CallRequest.Status.ACCEPTED"
                        + " AND r.callRef IS NULL AND " + condition + " ORDER BY r.scheduledAt", String.class)
                .setParameter("now", utc(now)).setParameter("from", utc(from)).setMaxResults(max).getResultList();
    }

    @Override
    public long operatorNoShows(long operatorId) {
        return em.createQuery("SELECT COUNT(r) FROM CallRequest r WHERE r.operatorId = :operator AND r.closeReason"
                        + " = com.aeims.domain.model.callback.CallRequest.CloseReason.OPERATOR_NO_SHOW", Long.class)
                .setParameter("operator", operatorId).getSingleResult();
    }

    @Override
    public List<String> openOf(long customerId) {
        return em.createQuery("SELECT r.requestRef FROM CallRequest r WHERE r.customerId = :customer AND " + OPEN
                + " AND r.callRef IS NULL ORDER BY r.id", String.class).setParameter("customer", customerId)
                .getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
