package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.MailService;
import com.aeims.application.Notifications;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.message.Mail;
import com.aeims.domain.model.message.Message;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
public class DefaultMailService implements MailService {

    private static final int SHOWN = 200;
    private static final int MAX_KEY_LENGTH = 80;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    @Inject
    private MoneySettings money;

    @Inject
    private Notifications notifications;

    @Inject
    private InteractionRecords interactions;

    @Override
    public Sent send(long senderId, Role role, long partyId, String subject, String body, Long replyToId,
                     String idempotencyKey) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanSubject.isEmpty()) {
            errors.reject("subject", "Give the mail a subject");
        } else if (cleanSubject.length() > Mail.MAX_SUBJECT) {
            errors.reject("subject", "Subjects can be at most " + Mail.MAX_SUBJECT + " characters");
        }
        if (cleanBody.isEmpty()) {
            errors.reject("body", "Write something first");
        } else if (cleanBody.length() > Mail.MAX_BODY) {
            errors.reject("body", "Mail can be at most " + Mail.MAX_BODY + " characters");
        }
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY_LENGTH) {
            errors.reject("idempotency_key", "Use at most " + MAX_KEY_LENGTH + " characters");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        boolean fromCustomer = role == Role.CUSTOMER;
        long customerId = fromCustomer ? senderId : partyId;
        long operatorId = fromCustomer ? partyId : senderId;
        String key = "mail:" + role.name().toLowerCase() + ":" + senderId + ":"
                + (idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID() : idempotencyKey.strip());
        Optional<Mail> earlier = em.createQuery("SELECT m FROM Mail m WHERE m.idempotencyKey = :key", Mail.class)
                .setParameter("key", key).getResultStream().findFirst();
        if (earlier.isPresent()) {
            Mail mail = earlier.get();
            if (mail.getCustomerId() != customerId || mail.getOperatorId() != operatorId
                    || !mail.getSubject().equals(cleanSubject) || !mail.getBody().equals(cleanBody)) {
                throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                        "That idempotency key was used for a different mail");
            }
            return new Sent(mail.getId(), mail.getChargedCents(), true);
        }
        Operator operator = em.find(Operator.class, operatorId);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        if (!fromCustomer && !interactions.inTouch(operatorId, customerId)) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No conversation with customer " + customerId);
        }
        if (replyToId != null) {
            Mail original = em.find(Mail.class, replyToId);
            if (original == null || original.getCustomerId() != customerId || original.getOperatorId() != operatorId) {
                throw new UnknownEntityException("MAIL_NOT_FOUND", "No mail " + replyToId + " to answer");
            }
        }
        long price = fromCustomer && money.mailCharged() ? operator.getMessagePriceCents() : 0;
        Long postingId = null;
        if (price > 0) {
            Posting posting = billing.charge(key, PostingKind.MESSAGE, customerId, operatorId, price,
                    operator.getOperatorSharePercent(), key, "Mail to " + operator.getDisplayName());
            postingId = posting.id();
        }
        Mail mail = new Mail(customerId, operatorId, fromCustomer ? Message.Sender.CUSTOMER : Message.Sender.OPERATOR,
                cleanSubject, cleanBody, replyToId, key, postingId, price, Instant.now());
        em.persist(mail);
        em.flush();
        if (fromCustomer) {
            interactions.record(InteractionRecords.Contact.MAIL, operatorId, customerId, price);
        }
        String senderName = name(senderId);
        String recipientPage = fromCustomer ? "/operator/mail.xhtml?open=" : "/customer/mail.xhtml?open=";
        String senderPage = fromCustomer ? "/customer/mail.xhtml?open=" : "/operator/mail.xhtml?open=";
        notifications.notify(partyId, NotificationType.MAIL, "New mail from " + senderName, cleanSubject,
                recipientPage + mail.getId());
        notifications.notify(senderId, NotificationType.MESSAGE_SENT, "Mail sent to " + name(partyId),
                price > 0 ? "Charged " + Cents.dollars(price) : cleanSubject, senderPage + mail.getId());
        return new Sent(mail.getId(), price, false);
    }

    @Override
    public List<MailView> box(long accountId, Role role, boolean inbox) {
        String mine = role == Role.CUSTOMER ? "m.customerId" : "m.operatorId";
        Message.Sender sentBy = (role == Role.CUSTOMER) == inbox ? Message.Sender.OPERATOR : Message.Sender.CUSTOMER;
        return em.createQuery("SELECT m FROM Mail m WHERE " + mine + " = :me AND m.sender = :sender "
                        + "ORDER BY m.sentAt DESC, m.id DESC", Mail.class)
                .setParameter("me", accountId).setParameter("sender", sentBy).setMaxResults(SHOWN)
                .getResultList().stream().map(this::view).toList();
    }

    @Override
    public MailView open(long accountId, long mailId) {
        Mail mail = em.find(Mail.class, mailId);
        if (mail == null || !mail.involves(accountId)) {
            throw new UnknownEntityException("MAIL_NOT_FOUND", "No mail " + mailId);
        }
        if (mail.recipientId() == accountId) {
            mail.markRead(Instant.now());
        }
        return view(mail);
    }

    private MailView view(Mail m) {
        boolean fromCustomer = m.getSender() == Message.Sender.CUSTOMER;
        String customer = name(m.getCustomerId());
        String operator = name(m.getOperatorId());
        return new MailView(m.getId(), m.getCustomerId(), m.getOperatorId(), fromCustomer,
                fromCustomer ? customer : operator, fromCustomer ? operator : customer, m.getSubject(), m.getBody(),
                m.getReplyToId(), m.getSentAt().toInstant(), m.getReadAt() != null, m.getChargedCents());
    }

    private String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }
}
