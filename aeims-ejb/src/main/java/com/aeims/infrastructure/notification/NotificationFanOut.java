package com.aeims.infrastructure.notification;

import com.aeims.application.NotificationPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Where every notification leaves the application service for the users' pages. On one server it is a CDI event
 * the web module observes after commit; in a cluster this is the one class to replace (publish to a JMS topic whose
 * subscriber on each node fires the same event), because a user's websocket may be open on any node.
 */
@ApplicationScoped
public class NotificationFanOut {

    @Inject
    private Event<NotificationPublished> published;

    public void publish(NotificationPublished notification) {
        published.fire(notification);
    }
}
