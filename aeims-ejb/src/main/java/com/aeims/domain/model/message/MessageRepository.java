package com.aeims.domain.model.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Chat messages and mail as they are stored; every method joins the caller's transaction. */
public interface MessageRepository {

    /** The last message of one conversation, from the reader's side, and how many of the other's are unread. */
    record Conversation(long partyId, String partyName, String lastBody, Instant lastAt, long unread) {
    }

    /** Stores the message and gives it its id. */
    void add(Message message);

    void add(Mail mail);

    Optional<Message> messageByKey(String idempotencyKey);

    Optional<Mail> mailByKey(String idempotencyKey);

    Optional<Mail> mail(long mailId);

    /** The newest messages between a customer and an operator, newest first. */
    List<Message> conversation(long customerId, long operatorId, int limit);

    /** One line per party the account has written with, as a customer or as an operator. */
    List<Conversation> conversations(long accountId, boolean asCustomer);

    /** Mail the account received (sent by the other side) or sent, newest first. */
    List<Mail> mailbox(long accountId, boolean asCustomer, Message.Sender sentBy, int limit);

    /** Marks the messages the other party sent in this conversation read. */
    void markRead(long customerId, long operatorId, Message.Sender sentBy);

    /**
     * The platform number that carries this conversation to the operator's phone: the one it had, else one of
     * {@code pool} the operator has no conversation on, else the one whose conversation is the longest unused (which
     * then carries this one). Locks the operator's relays, so two forwards cannot take one number.
     */
    String relayNumber(long operatorId, long customerId, List<String> pool);

    /** The customer whose conversation this platform number carries to the operator, if any. */
    Optional<Long> relayedCustomer(long operatorId, String platformNumber);

    /** SMS forwards (pending or sent) since then: to the operator, and from this customer to them. */
    record ForwardCounts(long toOperator, long inConversation) {
    }

    ForwardCounts forwardsSince(long operatorId, long customerId, java.time.Instant since);

    /** Records a forward as pending (to be sent after the commit) or as skipped, with why. */
    void recordForward(long messageId, long operatorId, long customerId, String platformNumber, String skippedBecause);
}
