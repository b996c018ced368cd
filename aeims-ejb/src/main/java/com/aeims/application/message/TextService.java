package com.aeims.application.message;

import com.aeims.domain.model.account.Role;
import java.time.Instant;
import java.util.List;

/**
 * Charged text chat: customers pay the operator's message price per message they send (once per idempotency key,
 * however often it is retried); operators answer for free.
 */
public interface TextService {

    record Sent(long messageId, long chargedCents, long balanceRemainingCents, boolean replayed) {
    }

    record MessageView(long id, boolean fromCustomer, String senderName, String body, Instant sentAt,
                       long chargedCents, boolean read) {
    }

    /** One conversation as its list shows it: the other party, the last message, what is unread. */
    record ConversationView(long partyId, String partyName, String lastMessage, Instant lastAt, long unread) {
    }

    /** An operator's customer as the interactions record them: first and last contact, counts, spend. */
    record CustomerRelation(long customerId, String displayName, Instant firstContact, Instant lastContact,
                            int messages, int mails, int calls, long spentCents) {
    }

    Sent sendToOperator(long customerId, long operatorId, String text, String idempotencyKey);

    Sent replyToCustomer(long operatorId, long customerId, String text, String idempotencyKey);

    /**
     * An operator's SMS reply (webhook of the SMS provider, already authenticated): stored as their answer to the
     * customer whose conversation the platform number it was sent to carries (see {@link SmsForwardRequested}). A
     * repeated delivery of the same SMS is stored once.
     *
     * @return the stored message, or empty when the SMS answers nothing
     */
    java.util.Optional<Long> receiveSmsReply(String fromNumber, String toNumber, String text, String providerSid);

    /** The caller's messages with the other party, oldest first, at most {@code limit} of the newest. */
    List<MessageView> conversation(long accountId, Role role, long partyId, int limit);

    List<ConversationView> conversations(long accountId, Role role);

    /** "My customers": everyone who has written to, mailed or called the operator, most recent first. */
    List<CustomerRelation> customersOf(long operatorId);

    /** Marks the other party's messages in this conversation as read by the caller. */
    void markRead(long accountId, Role role, long partyId);
}
