/**
 * Notifications on the pages: the header's unread count ({@link NotificationBadge}), the list and the toast settings
 * ({@link NotificationsPage}), and {@link NotificationPush}, which sends each committed {@code NotificationPublished}
 * over the Faces websocket channel "notifications" (read by {@code resources/js/notifications.js}).
 */
package com.aeims.interfaces.web.notification;
