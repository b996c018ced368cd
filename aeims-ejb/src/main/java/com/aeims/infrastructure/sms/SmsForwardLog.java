package com.aeims.infrastructure.sms;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What became of each forwarded message, and whom an operator's SMS reply is for. */
@Stateless
public class SmsForwardLog {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    public void record(long messageId, long operatorId, long customerId, String providerSid, String failure) {
        em.createNativeQuery("INSERT INTO sms_forward (message_id, operator_id, customer_id, provider_sid, status, "
                        + "failure) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (message_id) DO NOTHING")
                .setParameter(1, messageId).setParameter(2, operatorId).setParameter(3, customerId)
                .setParameter(4, providerSid).setParameter(5, failure == null ? "SENT" : "FAILED")
                .setParameter(6, failure == null ? null : failure.length() > 300 ? failure.substring(0, 300) : failure)
                .executeUpdate();
    }
}
