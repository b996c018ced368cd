package com.aeims.infrastructure.push;

import com.aeims.application.Push;
import com.aeims.application.PushUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Push on one server: a CDI event of the update's own type, which the web module observes after the transaction
 * commits and sends to the users' websockets. In a cluster a user's websocket may be open on another node, so this
 * is the class to replace there (publish to a JMS topic whose subscriber on each node fires the same event).
 */
@ApplicationScoped
public class LocalPush implements Push {

    @Inject
    private Event<PushUpdate> updates;

    @Override
    public void send(PushUpdate update) {
        updates.fire(update);
    }
}
