package com.aeims.application.message.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.message.MailService;
import com.aeims.application.message.internal.PaidMessages.Notice;
import com.aeims.application.money.MoneySettings;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.interaction.InteractionRepository;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.message.Mail;
import com.aeims.domain.model.message.Message;
import com.aeims.domain.model.message.MessageRepository;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultMailService implements MailService {

    private static final int SHOWN = 200;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private MessageRepository messages;

    @Inject
    private InteractionRepository interactions;

    @Inject
    private PaidMessages paid;

    @Inject
    private MoneySettings money;

    @Inject
    private DisplayNames names;

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
        String clientKey = PaidMessages.clientKey(idempotencyKey, errors);
        errors.throwIfAny("VALIDATION_FAILED");
        boolean fromCustomer = role == Role.CUSTOMER;
        long customerId = fromCustomer ? senderId : partyId;
        long operatorId = fromCustomer ? partyId : senderId;
        String key = "mail:" + role.name().toLowerCase() + ":" + senderId + ":" + clientKey;
        Optional<Mail> earlier = messages.mailByKey(key);
        if (earlier.isPresent()) {
            Mail mail = earlier.get();
            PaidMessages.requireSame(mail.getCustomerId() == customerId && mail.getOperatorId() == operatorId
                    && mail.getSubject().equals(cleanSubject) && mail.getBody().equals(cleanBody), "mail");
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
            Mail original = messages.mail(replyToId).orElse(null);
            if (original == null || original.getCustomerId() != customerId || original.getOperatorId() != operatorId) {
                throw new UnknownEntityException("MAIL_NOT_FOUND", "No mail " + replyToId + " to answer");
            }
        }
        long price = fromCustomer && money.mailCharged() ? operator.getMessagePriceCents() : 0;
        Long postingId = paid.charge(key, customerId, operator, price, key, "Mail to " + operator.getDisplayName());
        Mail mail = new Mail(customerId, operatorId, fromCustomer ? Message.Sender.CUSTOMER : Message.Sender.OPERATOR,
                cleanSubject, cleanBody, replyToId, key, postingId, price, Instant.now());
        messages.add(mail);
        String recipientPage = fromCustomer ? "/operator/mail.xhtml?open=" : "/customer/mail.xhtml?open=";
        String senderPage = fromCustomer ? "/customer/mail.xhtml?open=" : "/operator/mail.xhtml?open=";
        paid.delivered(InteractionRepository.Contact.MAIL, fromCustomer, operatorId, customerId, price,
                new Notice(partyId, NotificationType.MAIL, "New mail from " + names.of(senderId), cleanSubject,
                        recipientPage + mail.getId()),
                new Notice(senderId, NotificationType.MESSAGE_SENT, "Mail sent to " + names.of(partyId),
                        price > 0 ? "Charged " + Cents.dollars(price) : cleanSubject, senderPage + mail.getId()));
        return new Sent(mail.getId(), price, false);
    }

    @Override
    public List<MailView> box(long accountId, Role role, boolean inbox) {
        Message.Sender sentBy = (role == Role.CUSTOMER) == inbox ? Message.Sender.OPERATOR : Message.Sender.CUSTOMER;
        return messages.mailbox(accountId, role == Role.CUSTOMER, sentBy, SHOWN).stream().map(this::view).toList();
    }

    @Override
    public MailView open(long accountId, long mailId) {
        Mail mail = messages.mail(mailId).filter(m -> m.involves(accountId))
                .orElseThrow(() -> new UnknownEntityException("MAIL_NOT_FOUND", "No mail " + mailId));
        if (mail.recipientId() == accountId) {
            mail.markRead(Instant.now());
        }
        return view(mail);
    }

    private MailView view(Mail m) {
        boolean fromCustomer = m.getSender() == Message.Sender.CUSTOMER;
        String customer = names.of(m.getCustomerId());
        String operator = names.of(m.getOperatorId());
        return new MailView(m.getId(), m.getCustomerId(), m.getOperatorId(), fromCustomer,
                fromCustomer ? customer : operator, fromCustomer ? operator : customer, m.getSubject(), m.getBody(),
                m.getReplyToId(), m.getSentAt().toInstant(), m.getReadAt() != null, m.getChargedCents());
    }
}
