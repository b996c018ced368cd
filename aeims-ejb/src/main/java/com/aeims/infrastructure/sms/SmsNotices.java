package com.aeims.infrastructure.sms;

import com.aeims.application.SmsGateway;
import com.aeims.application.notification.SmsNoticeRequested;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Texts notices to the people who asked for them, from the platform's first number, once what they tell of is
 * committed and off the request's thread. A notice that cannot be sent is logged: the toast and the stored
 * notification already carry it.
 */
@ApplicationScoped
public class SmsNotices {

    private static final Logger LOG = Logger.getLogger(SmsNotices.class.getName());

    @Inject
    private SmsGateway gateway;

    @Resource
    private ManagedExecutorService executor;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) SmsNoticeRequested notice) {
        executor.execute(() -> deliver(notice));
    }

    private void deliver(SmsNoticeRequested notice) {
        if (!gateway.isConfigured()) {
            LOG.info(() -> "Notice to account " + notice.accountId() + " not texted: Twilio is not configured");
            return;
        }
        try {
            gateway.send(gateway.numbers().get(0), notice.toNumber(), notice.text());
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Notice to account " + notice.accountId() + " not texted: " + failed.getMessage());
        }
    }
}
