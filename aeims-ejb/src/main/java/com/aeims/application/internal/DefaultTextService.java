package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.Notifications;
import com.aeims.application.SmsForwardRequested;
import com.aeims.application.TextService;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.message.Message;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultTextService implements TextService {

    private static final Logger LOG = Logger.getLogger(DefaultTextService.class.getName());
    private static final int MAX_KEY_LENGTH = 80;
    private static final int PREVIEW_LENGTH = 100;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    @Inject
    private Ledger ledger;

    @Inject
    private Notifications notifications;

    @Inject
    private InteractionRecords interactions;

    @Inject
    private Event<SmsForwardRequested> smsForwards;

    @Override
    public Sent sendToOperator(long customerId, long operatorId, String text, String idempotencyKey) {
        String body = body(text);
        String key = "customer:" + customerId + ":" + key(idempotencyKey);
        Optional<Message> earlier = byKey(key);
        if (earlier.isPresent()) {
            return replayed(earlier.get(), operatorId, body, customerId);
        }
        Customer customer = em.find(Customer.class, customerId);
        Operator operator = em.find(Operator.class, operatorId);
        if (customer == null) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
        }
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        long price = operator.getMessagePriceCents();
        Long postingId = null;
        if (price > 0) {
            // insufficient funds ends here: nothing is stored, nothing charged
            Posting posting = billing.charge("message:" + key, PostingKind.MESSAGE, customerId, operatorId, price,
                    operator.getOperatorSharePercent(), key, "Message to " + operator.getDisplayName());
            postingId = posting.id();
        }
        Message message = new Message(customerId, operatorId, Message.Sender.CUSTOMER, Message.Channel.CHAT, body,
                key, postingId, price, Instant.now());
        em.persist(message);
        em.flush();
        interactions.record(InteractionRecords.Contact.MESSAGE, operatorId, customerId, price);
        String customerName = customer.getAccount().getDisplayName();
        if (operator.getAvailability() == Availability.OFFLINE && PhoneNumber.isE164(operator.getPhone())) {
            smsForwards.fire(new SmsForwardRequested(message.getId(), operatorId, customerId, operator.getPhone(),
                    customerName + ": " + body + " (reply to this SMS to answer)"));
        }
        notifications.notify(operatorId, NotificationType.CHAT_MESSAGE, "New message from " + customerName,
                preview(body), "/operator/messages.xhtml?with=" + customerId);
        notifications.notify(customerId, NotificationType.MESSAGE_SENT, "Message sent to " + operator.getDisplayName(),
                price > 0 ? "Charged " + Cents.dollars(price) : "", "/customer/messages.xhtml?with=" + operatorId);
        return new Sent(message.getId(), price, ledger.availableCents(customerId), false);
    }

    @Override
    public Sent replyToCustomer(long operatorId, long customerId, String text, String idempotencyKey) {
        String body = body(text);
        String key = "operator:" + operatorId + ":" + key(idempotencyKey);
        Optional<Message> earlier = byKey(key);
        if (earlier.isPresent()) {
            return replayed(earlier.get(), customerId, body, operatorId);
        }
        Operator operator = em.find(Operator.class, operatorId);
        // operators answer their customers; they cannot start conversations with anyone else
        if (operator == null || !interactions.inTouch(operatorId, customerId)) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No conversation with customer " + customerId);
        }
        Message message = new Message(customerId, operatorId, Message.Sender.OPERATOR, Message.Channel.CHAT, body,
                key, null, 0, Instant.now());
        em.persist(message);
        em.flush();
        notifications.notify(customerId, NotificationType.CHAT_MESSAGE, "New message from "
                + operator.getDisplayName(), preview(body), "/customer/messages.xhtml?with=" + operatorId);
        notifications.notify(operatorId, NotificationType.MESSAGE_SENT, "Message sent to " + name(customerId), "",
                "/operator/messages.xhtml?with=" + customerId);
        return new Sent(message.getId(), 0, 0, false);
    }

    private Sent replayed(Message earlier, long party, String body, long sender) {
        long earlierParty = earlier.getSender() == Message.Sender.CUSTOMER ? earlier.getOperatorId()
                : earlier.getCustomerId();
        if (earlierParty != party || !earlier.getBody().equals(body)) {
            throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                    "That idempotency key was used for a different message");
        }
        long balance = earlier.getSender() == Message.Sender.CUSTOMER ? ledger.availableCents(sender) : 0;
        return new Sent(earlier.getId(), earlier.getChargedCents(), balance, true);
    }

    private static String body(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("EMPTY_MESSAGE", "message_text", "Write a message first");
        }
        String body = Message.cleanBody(text);
        if (body == null) {
            throw ValidationFailure.of("MESSAGE_TOO_LONG", "message_text",
                    "Messages can be at most " + Message.MAX_LENGTH + " characters");
        }
        return body;
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw ValidationFailure.of("VALIDATION_FAILED", "idempotency_key",
                    "Use at most " + MAX_KEY_LENGTH + " characters");
        }
        return idempotencyKey.strip();
    }

    private Optional<Message> byKey(String key) {
        return em.createQuery("SELECT m FROM Message m WHERE m.idempotencyKey = :key", Message.class)
                .setParameter("key", key).getResultStream().findFirst();
    }


    @Override
    public Optional<Long> receiveSmsReply(String fromNumber, String text, String providerSid) {
        String key = "sms:" + providerSid;
        Optional<Message> earlier = byKey(key);
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().getId());
        }
        String number = PhoneNumber.normalize(fromNumber);
        Optional<Operator> operator = em.createQuery("SELECT o FROM Operator o WHERE o.phone = :phone", Operator.class)
                .setParameter("phone", number).getResultStream().findFirst();
        if (operator.isEmpty()) {
            LOG.info(() -> "SMS " + providerSid + " from a number that is no operator's; ignored");
            return Optional.empty();
        }
        long operatorId = operator.get().getId();
        List<?> forwarded = em.createNativeQuery("SELECT customer_id FROM sms_forward WHERE operator_id = ?1 "
                + "AND status = 'SENT' ORDER BY sent_at DESC, id DESC LIMIT 1").setParameter(1, operatorId).getResultList();
        String body = text == null ? "" : text.strip();
        if (forwarded.isEmpty() || body.isEmpty()) {
            LOG.info(() -> "SMS " + providerSid + " from operator " + operatorId + " answers no forwarded message");
            return Optional.empty();
        }
        long customerId = ((Number) forwarded.get(0)).longValue();
        Message message = new Message(customerId, operatorId, Message.Sender.OPERATOR, Message.Channel.SMS,
                body.length() > Message.MAX_LENGTH ? body.substring(0, Message.MAX_LENGTH) : body, key, null, 0,
                Instant.now());
        em.persist(message);
        em.flush();
        notifications.notify(customerId, NotificationType.CHAT_MESSAGE, "New message from "
                + operator.get().getDisplayName(), preview(message.getBody()), "/customer/messages.xhtml?with=" + operatorId);
        return Optional.of(message.getId());
    }

    @Override
    public List<MessageView> conversation(long accountId, Role role, long partyId, int limit) {
        long customerId = role == Role.CUSTOMER ? accountId : partyId;
        long operatorId = role == Role.CUSTOMER ? partyId : accountId;
        if (role == Role.OPERATOR && !interactions.inTouch(operatorId, customerId)) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No conversation with customer " + customerId);
        }
        List<Message> newestFirst = em.createQuery("SELECT m FROM Message m WHERE m.customerId = :customer "
                        + "AND m.operatorId = :operator ORDER BY m.sentAt DESC, m.id DESC", Message.class)
                .setParameter("customer", customerId).setParameter("operator", operatorId)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
        String customerName = name(customerId);
        String operatorName = name(operatorId);
        List<MessageView> views = new ArrayList<>();
        for (Message m : newestFirst) {
            boolean fromCustomer = m.getSender() == Message.Sender.CUSTOMER;
            views.add(new MessageView(m.getId(), fromCustomer, fromCustomer ? customerName : operatorName, m.getBody(),
                    m.getSentAt().toInstant(), m.getChargedCents(), m.getReadAt() != null));
        }
        Collections.reverse(views);
        return views;
    }

    @Override
    public List<ConversationView> conversations(long accountId, Role role) {
        boolean customer = role == Role.CUSTOMER;
        String mine = customer ? "customer_id" : "operator_id";
        String theirs = customer ? "operator_id" : "customer_id";
        String theirSender = customer ? "OPERATOR" : "CUSTOMER";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (m." + theirs + ") m." + theirs + ", a.display_name, "
                        + "m.body, m.sent_at, (SELECT count(*) FROM message u WHERE u." + mine + " = m." + mine
                        + " AND u." + theirs + " = m." + theirs + " AND u.sender = '" + theirSender
                        + "' AND u.read_at IS NULL) FROM message m JOIN account a ON a.id = m." + theirs
                        + " WHERE m." + mine + " = ?1 ORDER BY m." + theirs + ", m.sent_at DESC, m.id DESC")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new ConversationView(((Number) r[0]).longValue(), (String) r[1],
                        preview((String) r[2]), ((Timestamp) r[3]).toInstant(), ((Number) r[4]).longValue()))
                .sorted((a, b) -> b.lastAt().compareTo(a.lastAt())).toList();
    }

    @Override
    public List<CustomerRelation> customersOf(long operatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.customer_id, a.display_name, i.first_contact_at, "
                        + "i.last_contact_at, i.message_count, i.mail_count, i.call_count, i.total_spent_cents "
                        + "FROM operator_customer_interaction i JOIN account a ON a.id = i.customer_id "
                        + "WHERE i.operator_id = ?1 ORDER BY i.last_contact_at DESC LIMIT 500")
                .setParameter(1, operatorId).getResultList();
        return rows.stream().map(r -> new CustomerRelation(((Number) r[0]).longValue(), (String) r[1],
                ((Timestamp) r[2]).toInstant(), ((Timestamp) r[3]).toInstant(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).longValue())).toList();
    }

    @Override
    public void markRead(long accountId, Role role, long partyId) {
        boolean customer = role == Role.CUSTOMER;
        em.createNativeQuery("UPDATE message SET read_at = now() WHERE customer_id = ?1 AND operator_id = ?2 "
                        + "AND sender = ?3 AND read_at IS NULL")
                .setParameter(1, customer ? accountId : partyId).setParameter(2, customer ? partyId : accountId)
                .setParameter(3, customer ? "OPERATOR" : "CUSTOMER").executeUpdate();
    }

    private String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }

    private static String preview(String body) {
        return body.length() <= PREVIEW_LENGTH ? body : body.substring(0, PREVIEW_LENGTH - 1) + "…";
    }
}
