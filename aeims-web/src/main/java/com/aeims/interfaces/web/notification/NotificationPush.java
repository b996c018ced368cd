package com.aeims.interfaces.web.notification;

import com.aeims.application.notification.NotificationPublished;
import com.aeims.application.notification.Notifications;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.push.WebModuleContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Notifications to the user's open pages (Faces websocket channel "notifications", per user), after they are
 * committed: a toast unless the user turned the type off, and in every case a nudge for pages showing what it is about.
 */
@ApplicationScoped
public class NotificationPush {

    // looked up on the push thread: Faces' PushContext ties itself to the HTTP session of the thread that makes it
    @Inject
    @Push(channel = "notifications")
    private Instance<PushContext> channel;

    @Inject
    private WebModuleContext webModule;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationPublished published) {
        Notifications.View n = published.notification();
        String message = JsonBuilders.object()
                .add("id", n.id())
                .add("type", n.type().name().toLowerCase())
                .add("color", n.type().color())
                .add("title", n.title())
                .add("body", n.body())
                .add("link", n.link() == null ? "" : n.link())
                .add("toast", published.toast())
                .add("sound", published.sound())
                .build().toString();
        webModule.run(() -> channel.get().send(message, published.accountId()));
    }
}
