package com.aeims.application.money.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The trail of what admins did to money by hand, and why; written in the caller's transaction. */
@ApplicationScoped
class MoneyAudit {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    void record(long actorId, String action, Long subjectId, Long postingId, Long grantId, String reason) {
        em.createNativeQuery("INSERT INTO money_audit (actor_id, action, subject_id, posting_id, grant_id, reason)"
                        + " VALUES (?1, ?2, CAST(?3 AS BIGINT), CAST(?4 AS BIGINT), CAST(?5 AS BIGINT), ?6)")
                .setParameter(1, actorId).setParameter(2, action).setParameter(3, subjectId)
                .setParameter(4, postingId).setParameter(5, grantId).setParameter(6, reason.strip()).executeUpdate();
    }
}
