package com.aeims.infrastructure.sms;

import com.aeims.application.message.SmsForwardRequested;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What became of each forwarded message, and through which platform number it went. */
@Stateless
public class SmsForwardLog {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    public void record(SmsForwardRequested forward, String providerSid, String failure) {
        em.createNativeQuery("INSERT INTO sms_forward (message_id, operator_id, customer_id, provider_sid, status, "
                        + "failure, platform_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT (message_id) DO UPDATE SET provider_sid = EXCLUDED.provider_sid,"
                        + " status = EXCLUDED.status, failure = EXCLUDED.failure, sent_at = now()")
                .setParameter(1, forward.messageId()).setParameter(2, forward.operatorId())
                .setParameter(3, forward.customerId()).setParameter(4, providerSid)
                .setParameter(5, failure == null ? "SENT" : "FAILED")
                .setParameter(6, failure == null ? null : failure.length() > 300 ? failure.substring(0, 300) : failure)
                .setParameter(7, forward.platformNumber())
                .executeUpdate();
    }
}
