package com.aeims.interfaces.web.notification;

import com.aeims.application.notification.Notifications;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count next to the bell in the header. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isLoggedIn() ? notifications.unreadCount(currentUser.requireId()) : 0L;
        }
        return unread;
    }
}
