package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.account.PhoneCode;
import com.aeims.domain.model.account.PhoneCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class JpaPhoneCodeRepository implements PhoneCodeRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public void save(PhoneCode code) {
        em.persist(code);
    }

    @Override
    public Optional<PhoneCode> latestLocked(long accountId) {
        return em.createQuery("SELECT c FROM PhoneCode c WHERE c.accountId = :account ORDER BY c.id DESC",
                        PhoneCode.class)
                .setParameter("account", accountId).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void lockNumber(String phone) {
        // no row stands for a number no one has had a code for yet: a transaction-scoped advisory lock on its hash does
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "phone:" + phone)
                .getSingleResult();
    }

    @Override
    public long sentToAccountSince(long accountId, Instant since) {
        return em.createQuery("SELECT COUNT(c) FROM PhoneCode c WHERE c.accountId = :account AND c.sentAt > :since",
                        Long.class)
                .setParameter("account", accountId).setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    @Override
    public long sentToNumberSince(String phone, Instant since) {
        return em.createQuery("SELECT COUNT(c) FROM PhoneCode c WHERE c.phone = :phone AND c.sentAt > :since",
                        Long.class)
                .setParameter("phone", phone).setParameter("since", since.atOffset(ZoneOffset.UTC)).getSingleResult();
    }
}
