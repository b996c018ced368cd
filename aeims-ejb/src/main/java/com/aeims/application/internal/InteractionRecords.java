package com.aeims.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The operator-customer interaction record every call, message and mail updates (first and last contact, counts,
 * spend), and the question it answers for operators: has this customer been in touch with me?
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class InteractionRecords {

    /** What kind of contact it was: the counter it adds one to. */
    public enum Contact {
        CALL("call_count"), MESSAGE("message_count"), MAIL("mail_count");

        private final String counter;

        Contact(String counter) {
            this.counter = counter;
        }
    }

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    public void record(Contact contact, long operatorId, long customerId, long spentCents) {
        em.createNativeQuery("INSERT INTO operator_customer_interaction (operator_id, customer_id, " + contact.counter
                        + ", total_spent_cents) VALUES (?1, ?2, 1, ?3) ON CONFLICT (operator_id, customer_id) DO UPDATE "
                        + "SET " + contact.counter + " = operator_customer_interaction." + contact.counter + " + 1, "
                        + "last_contact_at = now(), "
                        + "total_spent_cents = operator_customer_interaction.total_spent_cents + EXCLUDED.total_spent_cents")
                .setParameter(1, operatorId).setParameter(2, customerId).setParameter(3, spentCents).executeUpdate();
    }

    public boolean inTouch(long operatorId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM operator_customer_interaction WHERE operator_id = ?1 "
                + "AND customer_id = ?2").setParameter(1, operatorId).setParameter(2, customerId).getResultList()
                .isEmpty();
    }
}
