package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<Operator> byPhone(String e164) {
        return em.createQuery("SELECT o FROM Operator o WHERE o.phone = :phone", Operator.class)
                .setParameter("phone", e164).getResultStream().findFirst();
    }

    @Override
    public List<Operator> lockAll(Collection<Long> operatorIds) {
        return em.createQuery("SELECT o FROM Operator o WHERE o.accountId IN :ids ORDER BY o.accountId",
                        Operator.class)
                .setParameter("ids", List.copyOf(Set.copyOf(operatorIds)))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
