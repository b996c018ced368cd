/**
 * A stored {@link Notification}, kept until read, and its kinds ({@link NotificationType}), each with the toast color
 * the product uses for it; {@link NotificationRepository} stores them and each user's toast preferences. Depends on
 * nothing outside the domain.
 */
package com.aeims.domain.model.notification;
