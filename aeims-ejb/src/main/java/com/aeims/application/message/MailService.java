package com.aeims.application.message;

import com.aeims.domain.model.account.Role;
import java.time.Instant;
import java.util.List;

/**
 * Internal mail between a customer and an operator. Customers' mail costs the operator's message price when the
 * platform says so (money setting mail_charged), once per idempotency key; operators answer their customers free.
 */
public interface MailService {

    record MailView(long id, long customerId, long operatorId, boolean fromCustomer, String fromName, String toName,
                    String subject, String body, Long replyToId, Instant sentAt, boolean read, long chargedCents) {
    }

    record Sent(long mailId, long chargedCents, boolean replayed) {
    }

    /** {@code partyId} is the operator for a customer and the customer for an operator. */
    Sent send(long senderId, Role role, long partyId, String subject, String body, Long replyToId,
              String idempotencyKey);

    /** Mail received (inbox) or sent, newest first. */
    List<MailView> box(long accountId, Role role, boolean inbox);

    /** Opens a mail of the caller's; opening one received marks it read. */
    MailView open(long accountId, long mailId);
}
