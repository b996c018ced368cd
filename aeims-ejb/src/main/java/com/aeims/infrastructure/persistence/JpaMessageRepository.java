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
    public String relayNumber(long operatorId, long customerId, List<String> pool) {
        // the operator's row is the lock: two forwards to one operator choose their numbers one after the other
        em.createNativeQuery("SELECT account_id FROM operator WHERE account_id = ?1 FOR UPDATE")
                .setParameter(1, operatorId).getResultList();
        List<?> current = em.createNativeQuery("SELECT platform_number FROM sms_relay WHERE operator_id = ?1"
                + " AND customer_id = ?2").setParameter(1, operatorId).setParameter(2, customerId).getResultList();
        if (!current.isEmpty() && pool.contains((String) current.get(0))) {
            em.createNativeQuery("UPDATE sms_relay SET assigned_at = now() WHERE operator_id = ?1 AND customer_id = ?2")
                    .setParameter(1, operatorId).setParameter(2, customerId).executeUpdate();
            return (String) current.get(0);
        }
        em.createNativeQuery("DELETE FROM sms_relay WHERE operator_id = ?1 AND customer_id = ?2")
                .setParameter(1, operatorId).setParameter(2, customerId).executeUpdate();
        List<String> taken = em.createNativeQuery("SELECT platform_number FROM sms_relay WHERE operator_id = ?1"
                + " ORDER BY assigned_at, platform_number").setParameter(1, operatorId).getResultList().stream()
                .map(String.class::cast).toList();
        Optional<String> free = pool.stream().filter(number -> !taken.contains(number)).findFirst();
        if (free.isPresent()) {
            em.createNativeQuery("INSERT INTO sms_relay (operator_id, platform_number, customer_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, operatorId).setParameter(2, free.get()).setParameter(3, customerId)
                    .executeUpdate();
            return free.get();
        }
        // every number carries another conversation: the one unused longest now carries this one
        String oldest = taken.stream().filter(pool::contains).findFirst().orElse(pool.get(0));
        em.createNativeQuery("UPDATE sms_relay SET customer_id = ?3, assigned_at = now() WHERE operator_id = ?1"
                        + " AND platform_number = ?2")
                .setParameter(1, operatorId).setParameter(2, oldest).setParameter(3, customerId).executeUpdate();
        return oldest;
    }

    @Override
    public ForwardCounts forwardsSince(long operatorId, long customerId, java.time.Instant since) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE customer_id = ?2)"
                        + " FROM sms_forward WHERE operator_id = ?1 AND status IN ('PENDING', 'SENT') AND sent_at > ?3")
                .setParameter(1, operatorId).setParameter(2, customerId)
                .setParameter(3, since.atOffset(java.time.ZoneOffset.UTC)).getSingleResult();
        return new ForwardCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public void recordForward(long messageId, long operatorId, long customerId, String platformNumber,
                              String skippedBecause) {
        em.createNativeQuery("INSERT INTO sms_forward (message_id, operator_id, customer_id, platform_number, status,"
                        + " failure) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, messageId).setParameter(2, operatorId).setParameter(3, customerId)
                .setParameter(4, platformNumber).setParameter(5, skippedBecause == null ? "PENDING" : "SKIPPED")
                .setParameter(6, skippedBecause).executeUpdate();
    }

    @Override
    public Optional<Long> relayedCustomer(long operatorId, String platformNumber) {
        return em.createNativeQuery("SELECT customer_id FROM sms_relay WHERE operator_id = ?1 AND platform_number = ?2")
                .setParameter(1, operatorId).setParameter(2, platformNumber).getResultList().stream().findFirst()
                .map(id -> ((Number) id).longValue());
    }
}
