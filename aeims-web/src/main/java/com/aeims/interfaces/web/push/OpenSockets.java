package com.aeims.interfaces.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which users have a page open on a push channel on this server (Faces reports each {@code <f:websocket>} opening
 * and closing). A push to a user with none would be built and then dropped by Faces; with a thousand live calls and
 * a tick a second, most of the pushes' cost would be that.
 */
@ApplicationScoped
public class OpenSockets {

    private record Listener(String channel, Serializable user) {
    }

    private final Map<Listener, Integer> openByListener = new ConcurrentHashMap<>();
    private final Map<String, Integer> openByChannel = new ConcurrentHashMap<>();

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        openByListener.merge(new Listener(socket.getChannel(), socket.getUser()), 1, Integer::sum);
        openByChannel.merge(socket.getChannel(), 1, Integer::sum);
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        openByListener.computeIfPresent(new Listener(socket.getChannel(), socket.getUser()), OpenSockets::oneFewer);
        openByChannel.computeIfPresent(socket.getChannel(), OpenSockets::oneFewer);
    }

    public boolean anyOpen(String channel) {
        return openByChannel.containsKey(channel);
    }

    public boolean isOpen(String channel, Serializable user) {
        return openByListener.containsKey(new Listener(channel, user));
    }

    private static Integer oneFewer(Object key, Integer open) {
        return open > 1 ? open - 1 : null;
    }
}
