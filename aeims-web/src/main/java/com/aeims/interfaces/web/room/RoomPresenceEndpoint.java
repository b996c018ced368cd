package com.aeims.interfaces.web.room;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The room page's line of life: while a customer's room page is open it keeps this socket open, and the server pings
 * it. Browsers answer pings themselves, also in background tabs whose timers they slow down to once a minute, and a
 * closed browser closes the socket; so an answering socket is a page that is still there (see {@link RoomSockets}).
 * Another site's page cannot open it with the customer's cookie: {@code SameOriginFilter} refuses the handshake.
 */
@ServerEndpoint("/rooms/presence")
public class RoomPresenceEndpoint {

    @OnOpen
    public void open(Session session) throws IOException {
        if (!sockets().open(session)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "customers only"));
        }
    }

    @OnMessage
    public void pong(PongMessage pong, Session session) {
        sockets().answered(session);
    }

    @OnClose
    public void close(Session session) {
        sockets().closed(session);
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        sockets().closed(session);
    }

    private static RoomSockets sockets() {
        return CDI.current().select(RoomSockets.class).get();
    }
}
