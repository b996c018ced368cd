package com.aeims.application.internal;

import com.aeims.application.NotificationPublished;
import com.aeims.application.Notifications;
import com.aeims.domain.model.notification.Notification;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.infrastructure.notification.NotificationFanOut;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultNotifications implements Notifications {

    private static final int MOST_SHOWN = 100;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private NotificationFanOut fanOut;

    @Override
    public void notify(long accountId, NotificationType type, String title, String body, String link) {
        Notification notification = new Notification(accountId, type, title, body, link, Instant.now());
        em.persist(notification);
        em.flush();
        Settings settings = settings(accountId);
        fanOut.publish(new NotificationPublished(accountId, view(notification), settings.enabled().contains(type),
                settings.sound()));
    }

    @Override
    public List<View> recent(long accountId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :account "
                        + "ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("account", accountId).setMaxResults(Math.max(1, Math.min(limit, MOST_SHOWN)))
                .getResultList().stream().map(DefaultNotifications::view).toList();
    }

    @Override
    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account "
                + "AND n.readAt IS NULL", Long.class).setParameter("account", accountId).getSingleResult();
    }

    @Override
    public void markRead(long accountId, long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        // someone else's notification is treated as missing
        if (notification != null && notification.getAccountId() == accountId) {
            notification.markRead(Instant.now());
        }
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
    public Settings settings(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT sound, muted_types FROM notification_preference "
                + "WHERE account_id = ?1").setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return new Settings(EnumSet.allOf(NotificationType.class), true);
        }
        Object[] row = (Object[]) rows.get(0);
        Set<NotificationType> muted = Arrays.stream(((String) row[1]).split(",")).filter(s -> !s.isBlank())
                .map(NotificationType::valueOf).collect(Collectors.toSet());
        Set<NotificationType> enabled = EnumSet.allOf(NotificationType.class);
        enabled.removeAll(muted);
        return new Settings(enabled, (Boolean) row[0]);
    }

    @Override
    public Settings saveSettings(long accountId, Settings settings) {
        String muted = EnumSet.complementOf(settings.enabled().isEmpty() ? EnumSet.noneOf(NotificationType.class)
                        : EnumSet.copyOf(settings.enabled()))
                .stream().map(Enum::name).collect(Collectors.joining(","));
        em.createNativeQuery("INSERT INTO notification_preference (account_id, sound, muted_types) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (account_id) DO UPDATE SET sound = EXCLUDED.sound, muted_types = EXCLUDED.muted_types")
                .setParameter(1, accountId).setParameter(2, settings.sound()).setParameter(3, muted).executeUpdate();
        return settings;
    }

    private static View view(Notification n) {
        return new View(n.getId(), n.getType(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt().toInstant(),
                n.isRead());
    }
}
