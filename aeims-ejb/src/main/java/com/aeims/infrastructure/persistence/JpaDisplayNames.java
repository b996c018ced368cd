package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.DisplayNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaDisplayNames implements DisplayNames {

    /** Ids per statement, well under PostgreSQL's limit of bind parameters. */
    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public String of(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }

    @Override
    public Map<Long, String> of(Collection<Long> accountIds) {
        List<Long> ids = List.copyOf(Set.copyOf(accountIds));
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
