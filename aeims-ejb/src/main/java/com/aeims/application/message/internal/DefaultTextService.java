package com.aeims.application.message.internal;

import com.aeims.application.SmsGateway;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.PhoneRules;
import com.aeims.application.message.SmsForwardRequested;
import com.aeims.application.message.TextService;
import com.aeims.application.message.internal.PaidMessages.Notice;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.interaction.InteractionRepository;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.message.Message;
import com.aeims.domain.model.message.MessageRepository;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
public class DefaultTextService implements TextService {

    private static final Logger LOG = Logger.getLogger(DefaultTextService.class.getName());
    private static final int PREVIEW_LENGTH = 100;
    private static final int MOST_SHOWN = 500;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private MessageRepository messages;

    @Inject
    private OperatorRepository operators;

    @Inject
    private InteractionRepository interactions;

    @Inject
    private PaidMessages paid;

    @Inject
    private DisplayNames names;

    @Inject
    private Ledger ledger;

    @Inject
    private Event<SmsForwardRequested> smsForwards;

    @Inject
    private SmsGateway sms;

    @Inject
    private PhoneRules phones;

    @Override
    public Sent sendToOperator(long customerId, long operatorId, String text, String idempotencyKey) {
        String body = body(text);
        String key = "customer:" + customerId + ":" + key(idempotencyKey);
        Optional<Message> earlier = messages.messageByKey(key);
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
        Long postingId = paid.charge("message:" + key, customerId, operator, price, key,
                "Message to " + operator.getDisplayName());
        Message message = new Message(customerId, operatorId, Message.Sender.CUSTOMER, Message.Channel.CHAT, body,
                key, postingId, price, Instant.now());
        messages.add(message);
        String customerName = customer.getAccount().getDisplayName();
        if (operator.getAvailability() == Availability.OFFLINE && PhoneNumber.isE164(operator.getPhone())
                && phones.destinations().refusal(operator.getPhone()).isEmpty()) {
            forwardBySms(message, operator, customerId, customerName, body);
        }
        paid.delivered(InteractionRepository.Contact.MESSAGE, true, operatorId, customerId, price,
                new Notice(operatorId, NotificationType.CHAT_MESSAGE, "New message from " + customerName,
                        preview(body), "/operator/messages.xhtml?with=" + customerId),
                new Notice(customerId, NotificationType.MESSAGE_SENT, "Message sent to " + operator.getDisplayName(),
                        price > 0 ? "Charged " + Cents.dollars(price) : "", "/customer/messages.xhtml?with="
                        + operatorId));
        return new Sent(message.getId(), price, ledger.availableCents(customerId), false);
    }

    @Override
    public Sent replyToCustomer(long operatorId, long customerId, String text, String idempotencyKey) {
        String body = body(text);
        String key = "operator:" + operatorId + ":" + key(idempotencyKey);
        Optional<Message> earlier = messages.messageByKey(key);
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
        messages.add(message);
        paid.delivered(InteractionRepository.Contact.MESSAGE, false, operatorId, customerId, 0,
                new Notice(customerId, NotificationType.CHAT_MESSAGE, "New message from "
                        + operator.getDisplayName(), preview(body), "/customer/messages.xhtml?with=" + operatorId),
                new Notice(operatorId, NotificationType.MESSAGE_SENT, "Message sent to " + names.of(customerId), "",
                        "/operator/messages.xhtml?with=" + customerId));
        return new Sent(message.getId(), 0, 0, false);
    }

    private Sent replayed(Message earlier, long party, String body, long sender) {
        long earlierParty = earlier.getSender() == Message.Sender.CUSTOMER ? earlier.getOperatorId()
                : earlier.getCustomerId();
        PaidMessages.requireSame(earlierParty == party && earlier.getBody().equals(body), "message");
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
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        String key = PaidMessages.clientKey(idempotencyKey, errors);
        errors.throwIfAny("VALIDATION_FAILED");
        return key;
    }

    /**
     * Sends the message on to the offline operator's phone after the commit, within the daily limits: per operator
     * (what the platform's trunk carries for them) and per customer and operator (no one texts an operator's phone
     * without end). Past a limit the message still waits on the dashboard.
     */
    private void forwardBySms(Message message, Operator operator, long customerId, String customerName, String body) {
        MessageRepository.ForwardCounts sent = messages.forwardsSince(operator.getId(), customerId,
                Instant.now().minus(Duration.ofDays(1)));
        int perOperator = Integer.getInteger("aeims.sms.daily-per-operator", 100);
        int perConversation = Integer.getInteger("aeims.sms.daily-per-conversation", 10);
        if (sent.toOperator() >= perOperator || sent.inConversation() >= perConversation) {
            messages.recordForward(message.getId(), operator.getId(), customerId, null, "daily SMS limit reached");
            return;
        }
        String via = messages.relayNumber(operator.getId(), customerId, sms.numbers());
        messages.recordForward(message.getId(), operator.getId(), customerId, via, null);
        smsForwards.fire(new SmsForwardRequested(message.getId(), operator.getId(), customerId, operator.getPhone(),
                via, customerName + ": " + body + " (reply to this number to answer " + customerName + ")"));
    }

    @Override
    public Optional<Long> receiveSmsReply(String fromNumber, String toNumber, String text, String providerSid) {
        String key = "sms:" + providerSid;
        Optional<Message> earlier = messages.messageByKey(key);
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().getId());
        }
        Optional<Operator> operator = operators.byPhone(PhoneNumber.normalize(fromNumber));
        if (operator.isEmpty()) {
            LOG.info(() -> "SMS " + providerSid + " from a number that is no operator's; ignored");
            return Optional.empty();
        }
        long operatorId = operator.get().getId();
        // the conversation is the one the platform number it was sent to carries: never just the latest customer
        Optional<Long> forwardedFor = messages.relayedCustomer(operatorId, PhoneNumber.normalize(toNumber));
        String body = text == null ? "" : text.strip();
        if (forwardedFor.isEmpty() || body.isEmpty()) {
            LOG.info(() -> "SMS " + providerSid + " from operator " + operatorId + " answers no forwarded message");
            return Optional.empty();
        }
        long customerId = forwardedFor.get();
        Message message = new Message(customerId, operatorId, Message.Sender.OPERATOR, Message.Channel.SMS,
                body.length() > Message.MAX_LENGTH ? body.substring(0, Message.MAX_LENGTH) : body, key, null, 0,
                Instant.now());
        messages.add(message);
        paid.tell(new Notice(customerId, NotificationType.CHAT_MESSAGE, "New message from "
                + operator.get().getDisplayName(), preview(message.getBody()),
                "/customer/messages.xhtml?with=" + operatorId));
        return Optional.of(message.getId());
    }

    @Override
    public List<MessageView> conversation(long accountId, Role role, long partyId, int limit) {
        long customerId = role == Role.CUSTOMER ? accountId : partyId;
        long operatorId = role == Role.CUSTOMER ? partyId : accountId;
        if (role == Role.OPERATOR && !interactions.inTouch(operatorId, customerId)) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No conversation with customer " + customerId);
        }
        List<Message> newestFirst = messages.conversation(customerId, operatorId,
                Math.max(1, Math.min(limit, MOST_SHOWN)));
        String customerName = names.of(customerId);
        String operatorName = names.of(operatorId);
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
        return messages.conversations(accountId, role == Role.CUSTOMER).stream()
                .map(c -> new ConversationView(c.partyId(), c.partyName(), preview(c.lastBody()), c.lastAt(),
                        c.unread()))
                .toList();
    }

    @Override
    public List<CustomerRelation> customersOf(long operatorId) {
        return interactions.customersOf(operatorId, MOST_SHOWN).stream()
                .map(r -> new CustomerRelation(r.customerId(), r.displayName(), r.firstContact(), r.lastContact(),
                        r.messages(), r.mails(), r.calls(), r.spentCents()))
                .toList();
    }

    @Override
    public void markRead(long accountId, Role role, long partyId) {
        boolean customer = role == Role.CUSTOMER;
        messages.markRead(customer ? accountId : partyId, customer ? partyId : accountId,
                customer ? Message.Sender.OPERATOR : Message.Sender.CUSTOMER);
    }

    private static String preview(String body) {
        return body.length() <= PREVIEW_LENGTH ? body : body.substring(0, PREVIEW_LENGTH - 1) + "…";
    }
}
