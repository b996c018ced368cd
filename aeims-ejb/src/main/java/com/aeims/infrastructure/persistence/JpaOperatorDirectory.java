package com.aeims.infrastructure.persistence;

import com.aeims.application.operator.OperatorDirectory;
import com.aeims.application.operator.OperatorSearch;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
public class JpaOperatorDirectory implements OperatorDirectory {

    private static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> ATTRIBUTES = Set.of("hairColor", "eyeColor", "build");

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Page search(long siteId, OperatorSearch search, int first, int pageSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = whereClause(siteId, search, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT o) FROM Operator o JOIN o.sites s" + where,
                Long.class);
        TypedQuery<Operator> page = em.createQuery("SELECT o FROM Operator o JOIN o.sites s" + where
                + " ORDER BY CASE WHEN o.availability = :online THEN 0 WHEN o.availability = :busy THEN 1 ELSE 2 END,"
                + " o.account.displayName, o.accountId", Operator.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        page.setParameter("online", Availability.ONLINE).setParameter("busy", Availability.BUSY);
        page.setFirstResult(Math.max(0, first));
        page.setMaxResults(Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize)));
        return new Page(page.getResultList(), count.getSingleResult());
    }

    private static String whereClause(long siteId, OperatorSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE s.id = :siteId AND o.account.enabled = true");
        parameters.put("siteId", siteId);
        if (search.onlineOnly()) {
            where.append(" AND o.availability = :onlineOnly");
            parameters.put("onlineOnly", Availability.ONLINE);
        }
        if (search.minRateCents() != null) {
            where.append(" AND o.ratePerMinuteCents >= :minRate");
            parameters.put("minRate", search.minRateCents());
        }
        if (search.maxRateCents() != null) {
            where.append(" AND o.ratePerMinuteCents <= :maxRate");
            parameters.put("maxRate", search.maxRateCents());
        }
        if (search.minAge() != null) {
            where.append(" AND o.age >= :minAge");
            parameters.put("minAge", search.minAge());
        }
        if (search.maxAge() != null) {
            where.append(" AND o.age <= :maxAge");
            parameters.put("maxAge", search.maxAge());
        }
        equalIgnoringCase(where, parameters, "hairColor", search.hairColor());
        equalIgnoringCase(where, parameters, "eyeColor", search.eyeColor());
        equalIgnoringCase(where, parameters, "build", search.build());
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (LOWER(o.account.displayName) LIKE :text OR LOWER(o.headline) LIKE :text"
                    + " OR LOWER(o.languages) LIKE :text)");
            parameters.put("text", "%" + escapeLike(search.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private static void equalIgnoringCase(StringBuilder where, Map<String, Object> parameters, String attribute,
                                          String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND LOWER(o.").append(attribute).append(") = :").append(attribute);
            parameters.put(attribute, value.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<Operator> findOnSite(long operatorId, long siteId) {
        return em.createQuery("SELECT o FROM Operator o JOIN o.sites s WHERE o.accountId = :id AND s.id = :siteId"
                        + " AND o.account.enabled = true", Operator.class)
                .setParameter("id", operatorId)
                .setParameter("siteId", siteId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<String> attributeValues(long siteId, String attribute) {
        if (!ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("not a searchable attribute: " + attribute);
        }
        return em.createQuery("SELECT DISTINCT o." + attribute + " FROM Operator o JOIN o.sites s"
                        + " WHERE s.id = :siteId AND o." + attribute + " IS NOT NULL ORDER BY o." + attribute,
                        String.class)
                .setParameter("siteId", siteId)
                .getResultList();
    }
}
