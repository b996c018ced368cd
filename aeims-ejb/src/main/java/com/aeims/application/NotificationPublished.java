package com.aeims.application;

/**
 * A stored notification on its way to the user's open pages (a CDI event, delivered after commit). {@code toast} is
 * false when the user turned the type off: pages still update, but show no toast.
 */
public record NotificationPublished(long accountId, Notifications.View notification, boolean toast, boolean sound) {
}
