package com.aeims.application.notification.internal;

import com.aeims.application.Push;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.notification.NotificationPublished;
import com.aeims.application.notification.Notifications;
import com.aeims.application.notification.SmsNoticeRequested;
import com.aeims.domain.model.notification.Notification;
import com.aeims.domain.model.notification.NotificationRepository;
import com.aeims.domain.model.notification.NotificationType;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultNotifications implements Notifications {

    private static final int MOST_SHOWN = 100;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Push push;

    @Inject
    private Event<SmsNoticeRequested> texts;

    @Override
    public void notify(long accountId, NotificationType type, String title, String body, String link) {
        Notification notification = new Notification(accountId, type, title, body, link, Instant.now());
        notifications.add(notification);
        Settings settings = settings(accountId);
        push.send(new NotificationPublished(accountId, view(notification), settings.enabled().contains(type),
                settings.sound()));
    }

    @Override
    public void notifyAndText(long accountId, NotificationType type, String title, String body, String link,
                              String text) {
        notify(accountId, type, title, body, link);
        if (settings(accountId).smsNotices()) {
            notifications.confirmedPhone(accountId)
                    .ifPresent(phone -> texts.fire(new SmsNoticeRequested(accountId, phone, text)));
        }
    }

    @Override
    public List<View> recent(long accountId, int limit) {
        return notifications.recent(accountId, Math.max(1, Math.min(limit, MOST_SHOWN))).stream()
                .map(DefaultNotifications::view).toList();
    }

    @Override
    public long unreadCount(long accountId) {
        return notifications.unreadCount(accountId);
    }

    @Override
    public void markRead(long accountId, long notificationId) {
        // someone else's notification is treated as missing
        notifications.find(notificationId).filter(n -> n.getAccountId() == accountId)
                .orElseThrow(() -> new UnknownEntityException("NOTIFICATION_NOT_FOUND",
                        "No notification " + notificationId))
                .markRead(Instant.now());
    }

    @Override
    public void markAllRead(long accountId) {
        notifications.markAllRead(accountId);
    }

    @Override
    public void markReadFor(long accountId, String link) {
        notifications.markReadFor(accountId, link);
    }

    @Override
    public Settings settings(long accountId) {
        return notifications.preferences(accountId).map(preferences -> {
            Set<NotificationType> enabled = EnumSet.allOf(NotificationType.class);
            enabled.removeAll(preferences.muted());
            return new Settings(enabled, preferences.sound(), preferences.smsNotices());
        }).orElseGet(() -> new Settings(EnumSet.allOf(NotificationType.class), true, false));
    }

    @Override
    public Settings saveSettings(long accountId, Settings settings) {
        Set<NotificationType> muted = EnumSet.allOf(NotificationType.class);
        muted.removeAll(settings.enabled());
        notifications.save(accountId, new NotificationRepository.Preferences(settings.sound(), muted,
                settings.smsNotices()));
        return settings;
    }

    private static View view(Notification n) {
        return new View(n.getId(), n.getType(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt().toInstant(),
                n.isRead());
    }
}
