package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.notification.Notification;
import com.aeims.domain.model.notification.NotificationRepository;
import com.aeims.domain.model.notification.NotificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
        em.flush();
    }

    @Override
    public Optional<Notification> find(long notificationId) {
        return Optional.ofNullable(em.find(Notification.class, notificationId));
    }

    @Override
    public List<Notification> recent(long accountId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :account "
                        + "ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account "
                + "AND n.readAt IS NULL", Long.class).setParameter("account", accountId).getSingleResult();
    }

    @Override
    public void markAllRead(long accountId) {
        em.createNativeQuery("UPDATE notification SET read_at = now() WHERE account_id = ?1 AND read_at IS NULL")
                .setParameter(1, accountId).executeUpdate();
    }

    @Override
    public void markReadFor(long accountId, String link) {
        em.createNativeQuery("UPDATE notification SET read_at = now() WHERE account_id = ?1 AND link = ?2 "
                + "AND read_at IS NULL").setParameter(1, accountId).setParameter(2, link).executeUpdate();
    }

    @Override
    public Optional<Preferences> preferences(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT sound, muted_types, sms_notices FROM notification_preference "
                + "WHERE account_id = ?1").setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row).map(row -> new Preferences((Boolean) row[0],
                Arrays.stream(((String) row[1]).split(",")).filter(type -> !type.isBlank())
                        .map(NotificationType::valueOf).collect(Collectors.toSet()), (Boolean) row[2]));
    }

    @Override
    public void save(long accountId, Preferences preferences) {
        String muted = preferences.muted().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        em.createNativeQuery("INSERT INTO notification_preference (account_id, sound, muted_types, sms_notices) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (account_id) DO UPDATE SET sound = EXCLUDED.sound, "
                        + "muted_types = EXCLUDED.muted_types, sms_notices = EXCLUDED.sms_notices")
                .setParameter(1, accountId).setParameter(2, preferences.sound()).setParameter(3, muted)
                .setParameter(4, preferences.smsNotices()).executeUpdate();
    }

    @Override
    public Optional<String> confirmedPhone(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT COALESCE(c.phone_e164, o.phone_e164) FROM account a"
                + " LEFT JOIN customer c ON c.account_id = a.id LEFT JOIN operator o ON o.account_id = a.id"
                + " WHERE a.id = ?1").setParameter(1, accountId).getResultList();
        return rows.stream().filter(String.class::isInstance).map(String.class::cast).findFirst();
    }
}
