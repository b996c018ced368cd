package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.message.Mail;
import com.aeims.domain.model.message.Message;
import com.aeims.domain.model.message.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public void add(Message message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public void add(Mail mail) {
        em.persist(mail);
        em.flush();
    }

    @Override
    public Optional<Message> messageByKey(String idempotencyKey) {
        return em.createQuery("SELECT m FROM Message m WHERE m.idempotencyKey = :key", Message.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Mail> mailByKey(String idempotencyKey) {
        return em.createQuery("SELECT m FROM Mail m WHERE m.idempotencyKey = :key", Mail.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Mail> mail(long mailId) {
        return Optional.ofNullable(em.find(Mail.class, mailId));
    }

    @Override
    public List<Message> conversation(long customerId, long operatorId, int limit) {
        return em.createQuery("SELECT m FROM Message m WHERE m.customerId = :customer "
                        + "AND m.operatorId = :operator ORDER BY m.sentAt DESC, m.id DESC", Message.class)
                .setParameter("customer", customerId).setParameter("operator", operatorId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Conversation> conversations(long accountId, boolean asCustomer) {
        String mine = asCustomer ? "customer_id" : "operator_id";
        String theirs = asCustomer ? "operator_id" : "customer_id";
        String theirSender = asCustomer ? "OPERATOR" : "CUSTOMER";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (m." + theirs + ") m." + theirs
                        + ", a.display_name, m.body, m.sent_at, (SELECT count(*) FROM message u WHERE u." + mine
                        + " = m." + mine + " AND u." + theirs + " = m." + theirs + " AND u.sender = '" + theirSender
                        + "' AND u.read_at IS NULL) FROM message m JOIN account a ON a.id = m." + theirs
                        + " WHERE m." + mine + " = ?1 ORDER BY m." + theirs + ", m.sent_at DESC, m.id DESC")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new Conversation(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Timestamp) r[3]).toInstant(), ((Number) r[4]).longValue()))
                .sorted(Comparator.comparing(Conversation::lastAt).reversed()).toList();
    }

    @Override
    public List<Mail> mailbox(long accountId, boolean asCustomer, Message.Sender sentBy, int limit) {
        String mine = asCustomer ? "m.customerId" : "m.operatorId";
        return em.createQuery("SELECT m FROM Mail m WHERE " + mine + " = :me AND m.sender = :sender "
                        + "ORDER BY m.sentAt DESC, m.id DESC", Mail.class)
                .setParameter("me", accountId).setParameter("sender", sentBy).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void markRead(long customerId, long operatorId, Message.Sender sentBy) {
        em.createNativeQuery("UPDATE message SET read_at = now() WHERE customer_id = ?1 AND operator_id = ?2 "
                        + "AND sender = ?3 AND read_at IS NULL")
                .setParameter(1, customerId).setParameter(2, operatorId).setParameter(3, sentBy.name())
                .executeUpdate();
    }

    @Override
    public Optional<Long> lastForwardedCustomer(long operatorId) {
        return em.createNativeQuery("SELECT customer_id FROM sms_forward WHERE operator_id = ?1 "
                        + "AND status = 'SENT' ORDER BY sent_at DESC, id DESC LIMIT 1")
                .setParameter(1, operatorId).getResultList().stream().findFirst()
                .map(id -> ((Number) id).longValue());
    }
}
