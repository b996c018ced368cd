package com.aeims.domain.model.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users' notifications and their toast preferences as stored; every method joins the caller's transaction. */
public interface NotificationRepository {

    /** What a user turned off, whether toasts play a sound, and whether call requests are also texted. */
    record Preferences(boolean sound, Set<NotificationType> muted, boolean smsNotices) {

        public Preferences {
            muted = Set.copyOf(muted);
        }
    }

    /** Stores the notification and gives it its id. */
    void add(Notification notification);

    Optional<Notification> find(long notificationId);

    /** The account's newest notifications, newest first. */
    List<Notification> recent(long accountId, int limit);

    long unreadCount(long accountId);

    void markAllRead(long accountId);

    /** Marks read the account's unread notifications that point to this page. */
    void markReadFor(long accountId, String link);

    /** The account's preferences; empty when it never changed them. */
    Optional<Preferences> preferences(long accountId);

    void save(long accountId, Preferences preferences);

    /** The account's confirmed phone number (a customer's or an operator's), if it has one. */
    Optional<String> confirmedPhone(long accountId);
}
