/**
 * {@link DefaultNotifications}: notifications and toast settings, stored through the domain's
 * {@code NotificationRepository}. The push leaves in the transaction that stored
 * the notification, so a message that rolls back never shows a toast. Only {@code com.aeims.application.notification}
 * may reach in here (ArchitectureTest).
 */
package com.aeims.application.notification.internal;
