package com.aeims.application.notification;

import com.aeims.domain.model.notification.NotificationType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What users are told: every notification is stored (so it is there at the next login) and pushed to the user's
 * open pages as a toast unless they turned that type off.
 */
public interface Notifications {

    record View(long id, NotificationType type, String title, String body, String link, Instant createdAt,
                boolean read) {
    }

    /** Which types show as toasts, whether toasts play a sound, and whether call requests are also texted. */
    record Settings(Set<NotificationType> enabled, boolean sound, boolean smsNotices) {

        public Settings {
            enabled = Set.copyOf(enabled);
        }
    }

    void notify(long accountId, NotificationType type, String title, String body, String link);

    /**
     * As {@link #notify}, and the text goes to the account's confirmed phone too (after commit) when the account
     * asked for texts.
     */
    void notifyAndText(long accountId, NotificationType type, String title, String body, String link, String text);

    List<View> recent(long accountId, int limit);

    long unreadCount(long accountId);

    /** Marks the account's own notification read; another account's, like a missing one, is not found. */
    void markRead(long accountId, long notificationId);

    void markAllRead(long accountId);

    /** Marks read what the user was told about a page they have now opened (a conversation, a mail). */
    void markReadFor(long accountId, String link);

    Settings settings(long accountId);

    Settings saveSettings(long accountId, Settings settings);
}
