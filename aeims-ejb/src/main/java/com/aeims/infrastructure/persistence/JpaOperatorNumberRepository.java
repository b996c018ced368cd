package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOperatorNumberRepository implements OperatorNumberRepository {

    private static final String HELD = "n.status IN (com.aeims.domain.model.number.OperatorNumber.Status.PURCHASING,"
            + " com.aeims.domain.model.number.OperatorNumber.Status.ACTIVE,"
            + " com.aeims.domain.model.number.OperatorNumber.Status.SUSPENDED,"
            + " com.aeims.domain.model.number.OperatorNumber.Status.RELEASING)";

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<OperatorNumber> add(OperatorNumber number) {
        // ON CONFLICT: a second request with the key, or for a number someone holds, loses without an error that
        // would end the transaction
        List<?> id = em.createNativeQuery("INSERT INTO operator_number (operator_id, phone_number, number_type,"
                        + " locality, region, status, purchase_key, rate_per_minute_cents, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'PURCHASING', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id")
                .setParameter(1, number.getOperatorId()).setParameter(2, number.getPhoneNumber())
                .setParameter(3, number.getType().name()).setParameter(4, number.getLocality())
                .setParameter(5, number.getRegion()).setParameter(6, number.getPurchaseKey())
                .setParameter(7, number.getRatePerMinuteCents())
                .setParameter(8, number.getCreatedAt().atOffset(ZoneOffset.UTC))
                .getResultList();
        return id.isEmpty() ? Optional.empty() : find(((Number) id.get(0)).longValue());
    }

    @Override
    public Optional<OperatorNumber> find(long numberId) {
        return Optional.ofNullable(em.find(OperatorNumber.class, numberId));
    }

    @Override
    public Optional<OperatorNumber> findByKey(String purchaseKey) {
        return em.createQuery("SELECT n FROM OperatorNumber n WHERE n.purchaseKey = :key", OperatorNumber.class)
                .setParameter("key", purchaseKey).getResultStream().findFirst();
    }

    @Override
    public Optional<OperatorNumber> lock(long numberId) {
        return Optional.ofNullable(em.find(OperatorNumber.class, numberId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OperatorNumber> ofOperator(long operatorId, Instant failedSince) {
        return em.createQuery("SELECT n FROM OperatorNumber n WHERE n.operatorId = :operator AND (" + HELD
                        + " OR (n.status = com.aeims.domain.model.number.OperatorNumber.Status.FAILED"
                        + " AND n.createdAt >= :since)) ORDER BY n.createdAt DESC, n.id DESC", OperatorNumber.class)
                .setParameter("operator", operatorId).setParameter("since", failedSince.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public long heldBy(long operatorId) {
        return em.createQuery("SELECT COUNT(n) FROM OperatorNumber n WHERE n.operatorId = :operator AND " + HELD,
                Long.class).setParameter("operator", operatorId).getSingleResult();
    }

    @Override
    public boolean isHeld(String phoneNumber) {
        return em.createQuery("SELECT COUNT(n) FROM OperatorNumber n WHERE n.phoneNumber = :number AND " + HELD,
                Long.class).setParameter("number", phoneNumber).getSingleResult() > 0;
    }

    @Override
    public List<Long> unsettledSince(Instant before, int limit) {
        return em.createQuery("SELECT n.id FROM OperatorNumber n WHERE (n.status ="
                        + " com.aeims.domain.model.number.OperatorNumber.Status.PURCHASING AND n.createdAt < :before)"
                        + " OR n.status = com.aeims.domain.model.number.OperatorNumber.Status.RELEASING"
                        + " ORDER BY n.createdAt", Long.class)
                .setParameter("before", before.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<OperatorNumber> findBySid(String providerSid) {
        return em.createQuery("SELECT n FROM OperatorNumber n WHERE n.providerSid = :sid", OperatorNumber.class)
                .setParameter("sid", providerSid).getResultStream().findFirst();
    }

    @Override
    public List<Long> feeStepsDue(Instant now, Duration notice, long afterId, int limit) {
        return em.createQuery("SELECT n.id FROM OperatorNumber n WHERE n.status IN"
                        + " (com.aeims.domain.model.number.OperatorNumber.Status.ACTIVE,"
                        + " com.aeims.domain.model.number.OperatorNumber.Status.SUSPENDED)"
                        + " AND (n.paidUntil <= :now OR (n.paidUntil <= :soon AND n.remindedPeriod <= n.paidPeriods"
                        + " AND n.feeWaived = FALSE)) AND n.id > :after ORDER BY n.id", Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("after", afterId)
                .setParameter("soon", now.plus(notice).atOffset(ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<OperatorNumber> held(int limit) {
        return em.createQuery("SELECT n FROM OperatorNumber n WHERE " + HELD + " ORDER BY n.createdAt DESC, n.id DESC",
                OperatorNumber.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<NumberType, Long> monthlyFees() {
        Map<NumberType, Long> fees = new EnumMap<>(NumberType.class);
        for (Object row : em.createNativeQuery("SELECT number_type, monthly_fee_cents FROM number_fee")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            fees.put(NumberType.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return fees;
    }

    @Override
    public long monthlyFeeCents(NumberType type) {
        return ((Number) em.createNativeQuery("SELECT monthly_fee_cents FROM number_fee WHERE number_type = ?")
                .setParameter(1, type.name()).getSingleResult()).longValue();
    }
}
