package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.account.SecondFactor;
import com.aeims.domain.model.account.SecondFactorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<SecondFactor> locked(long accountId) {
        // the account's row exists before its factor does: locking it makes two first set-ups wait for each other
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, accountId)
                .getResultList();
        return Optional.ofNullable(em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void save(SecondFactor factor) {
        em.persist(factor);
    }

    @Override
    public void remove(SecondFactor factor) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1")
                .setParameter(1, factor.getAccountId()).executeUpdate();
        em.remove(factor);
    }

    @Override
    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        for (String hash : hashes) {
            em.createNativeQuery("INSERT INTO recovery_code (account_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, hash).executeUpdate();
        }
    }

    @Override
    public boolean useRecoveryCode(long accountId, String hash) {
        return em.createNativeQuery("UPDATE recovery_code SET used_at = now() WHERE account_id = ?1"
                        + " AND code_hash = ?2 AND used_at IS NULL")
                .setParameter(1, accountId).setParameter(2, hash).executeUpdate() == 1;
    }

    @Override
    public int unusedRecoveryCodes(long accountId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM recovery_code WHERE account_id = ?1"
                + " AND used_at IS NULL").setParameter(1, accountId).getSingleResult()).intValue();
    }
}
