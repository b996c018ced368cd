package com.aeims.application.money.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.money.PayoutRuns.Item;
import com.aeims.application.money.PayoutRuns.ItemStatus;
import com.aeims.application.money.PayoutRuns.Run;
import com.aeims.application.money.PayoutRuns.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;

import java.time.LocalDate;

import java.util.List;

/** The payout_run, payout_run_item and payout rows behind {@link DefaultPayoutRuns}, in the caller's transaction. */
@ApplicationScoped
class PayoutRunRows {

    /** A paid item with what returning it needs. */
    record PaidItem(long operatorId, long payoutId, long postingId, long amountCents, String reference) {
    }

    private static final String RUN = "SELECT r.id, r.period_start, r.status, r.created_at,"
            + " (SELECT count(*) FROM payout_run_item i WHERE i.run_id = r.id),"
            + " (SELECT coalesce(sum(proposed_cents), 0) FROM payout_run_item i WHERE i.run_id = r.id),"
            + " (SELECT coalesce(sum(p.amount_cents), 0) FROM payout_run_item i JOIN payout p ON p.id = i.payout_id"
            + " WHERE i.run_id = r.id AND i.status = 'PAID') FROM payout_run r ";

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    Run runForPeriod(LocalDate start) {
        return run(em.createNativeQuery(RUN + "WHERE r.period_start = ?1").setParameter(1, start).getSingleResult());
    }

    Run run(long runId) {
        List<?> found = em.createNativeQuery(RUN + "WHERE r.id = ?1").setParameter(1, runId).getResultList();
        if (found.isEmpty()) {
            throw new UnknownEntityException("PAYOUT_RUN_NOT_FOUND", "No payout run " + runId);
        }
        return run(found.get(0));
    }

    Run lockRun(long runId) {
        if (em.createNativeQuery("SELECT id FROM payout_run WHERE id = ?1 FOR UPDATE").setParameter(1, runId)
                .getResultList().isEmpty()) {
            throw new UnknownEntityException("PAYOUT_RUN_NOT_FOUND", "No payout run " + runId);
        }
        return run(runId);
    }

    List<Run> recent(int limit) {
        return em.createNativeQuery(RUN + "ORDER BY r.period_start DESC LIMIT ?1")
                .setParameter(1, Math.max(1, Math.min(limit, 200))).getResultList().stream().map(this::run).toList();
    }

    List<Item> items(long runId) {
        List<?> found = em.createNativeQuery("SELECT i.id, i.operator_id, a.display_name, i.proposed_cents,"
                + " coalesce(p.amount_cents, 0), i.payout_email, i.status, i.note, p.external_reference"
                + " FROM payout_run_item i JOIN account a ON a.id = i.operator_id"
                + " LEFT JOIN payout p ON p.id = i.payout_id WHERE i.run_id = ?1 ORDER BY a.display_name, i.id")
                .setParameter(1, runId).getResultList();
        return found.stream().map(row -> (Object[]) row).map(r -> new Item(number(r[0]), number(r[1]),
                (String) r[2], number(r[3]), number(r[4]), (String) r[5], ItemStatus.valueOf((String) r[6]),
                (String) r[7], (String) r[8])).toList();
    }

    void skip(long itemId, String note) {
        em.createNativeQuery("UPDATE payout_run_item SET status = 'SKIPPED', note = ?1 WHERE id = ?2")
                .setParameter(1, note).setParameter(2, itemId).executeUpdate();
    }

    long recordPayout(long operatorId, long amountCents, String reference, long postingId, long adminId) {
        return number(em.createNativeQuery("INSERT INTO payout (operator_id, amount_cents, external_reference,"
                        + " posting_id, paid_by) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id").setParameter(1, operatorId)
                .setParameter(2, amountCents).setParameter(3, reference).setParameter(4, postingId)
                .setParameter(5, adminId).getSingleResult());
    }

    void paid(long itemId, long payoutId, String email) {
        em.createNativeQuery("UPDATE payout_run_item SET status = 'PAID', payout_id = ?1, payout_email = ?2"
                + " WHERE id = ?3").setParameter(1, payoutId).setParameter(2, email).setParameter(3, itemId)
                .executeUpdate();
    }

    void approved(long runId, long adminId) {
        em.createNativeQuery("UPDATE payout_run SET status = 'APPROVED', approved_by = ?1, approved_at = now()"
                + " WHERE id = ?2").setParameter(1, adminId).setParameter(2, runId).executeUpdate();
    }

    PaidItem lockPaidItem(long itemId) {
        List<?> found = em.createNativeQuery("SELECT i.operator_id, p.id, p.posting_id, p.amount_cents,"
                + " p.external_reference, i.status FROM payout_run_item i LEFT JOIN payout p ON p.id = i.payout_id"
                + " WHERE i.id = ?1 FOR UPDATE OF i").setParameter(1, itemId).getResultList();
        if (found.isEmpty()) {
            throw new UnknownEntityException("PAYOUT_ITEM_NOT_FOUND", "No payout run item " + itemId);
        }
        Object[] r = (Object[]) found.get(0);
        if (!"PAID".equals(r[5])) {
            throw DefaultPayoutRuns.notPaid(itemId);
        }
        return new PaidItem(number(r[0]), number(r[1]), number(r[2]), number(r[3]), (String) r[4]);
    }

    void returned(long itemId, long payoutId, long returnPostingId, String reason) {
        em.createNativeQuery("UPDATE payout_run_item SET status = 'RETURNED', note = ?1 WHERE id = ?2")
                .setParameter(1, "Returned: " + reason).setParameter(2, itemId).executeUpdate();
        em.createNativeQuery("UPDATE payout SET returned_at = now(), return_reason = ?1, return_posting_id = ?2"
                + " WHERE id = ?3").setParameter(1, reason).setParameter(2, returnPostingId).setParameter(3, payoutId)
                .executeUpdate();
    }

    private Run run(Object row) {
        Object[] r = (Object[]) row;
        return new Run(number(r[0]), ((Date) r[1]).toLocalDate(), RunStatus.valueOf((String) r[2]),
                SqlTimes.offsetDateTime(r[3]),
                (int) number(r[4]), number(r[5]), number(r[6]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
