package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.account.LoginAttempt;
import com.aeims.domain.model.account.LoginThrottleRepository;
import com.aeims.domain.model.account.ThrottleCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public ThrottleCounter lock(String key) {
        // inserts a new key or locks the existing row, in one statement: two first tries with one key cannot both
        // insert, and the retention timer cannot delete the row between this and the find
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key) VALUES (?1)"
                        + " ON CONFLICT (throttle_key) DO UPDATE SET throttle_key = EXCLUDED.throttle_key")
                .setParameter(1, key).executeUpdate();
        return em.find(ThrottleCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void record(LoginAttempt attempt) {
        em.persist(attempt);
    }
}
