package com.aeims.application.notification;

import com.aeims.application.PushUpdate;

/**
 * A stored notification on its way to the user's open pages (pushed, delivered after commit). {@code toast} is
 * false when the user turned the type off: pages still update, but show no toast.
 */
public record NotificationPublished(long accountId, Notifications.View notification, boolean toast,
                                    boolean sound) implements PushUpdate {
}
