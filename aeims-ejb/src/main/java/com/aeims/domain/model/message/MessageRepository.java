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

    /** The customer whose message was last forwarded to the operator by SMS, if any. */
    Optional<Long> lastForwardedCustomer(long operatorId);
}
