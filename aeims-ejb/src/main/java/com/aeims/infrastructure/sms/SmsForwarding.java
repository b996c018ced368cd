package com.aeims.infrastructure.sms;

import com.aeims.application.SmsGateway;
import com.aeims.application.message.SmsForwardRequested;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends a customer's message to an offline operator's phone once the message is committed, off the customer's
 * request thread, from the platform number that carries the conversation. Only the customer's display name and the
 * text leave the platform; the operator answers by replying to that number.
 */
@ApplicationScoped
public class SmsForwarding {

    private static final Logger LOG = Logger.getLogger(SmsForwarding.class.getName());
    private static final int PREVIEW = 300;

    @Inject
    private SmsGateway gateway;

    @Inject
    private SmsForwardLog log;

    @Resource
    private ManagedExecutorService executor;

    void forward(@Observes(during = TransactionPhase.AFTER_SUCCESS) SmsForwardRequested request) {
        executor.execute(() -> send(request));
    }

    private void send(SmsForwardRequested request) {
        if (!gateway.isConfigured()) {
            LOG.warning(() -> "Message " + request.messageId() + " not forwarded by SMS: Twilio is not configured");
            log.record(request, null, "SMS not configured");
            return;
        }
        try {
            String sid = gateway.send(request.platformNumber(), request.operatorPhone(), text(request.text()));
            log.record(request, sid, null);
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Message " + request.messageId() + " not forwarded by SMS: " + failed.getMessage());
            log.record(request, null, failed.getMessage());
        }
    }

    private static String text(String text) {
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1) + "…";
    }
}
