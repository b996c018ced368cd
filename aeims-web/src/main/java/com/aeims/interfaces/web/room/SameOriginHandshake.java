package com.aeims.interfaces.web.room;

import com.aeims.interfaces.SameOrigin;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;

/**
 * A room page's presence socket keeps a paid visit alive, so another site's page must not open one with the
 * customer's cookie: the handshake notes whether the browser named this host as the page's origin (a program that
 * names none is judged by its login alone), and {@link RoomPresenceEndpoint} refuses the socket otherwise.
 */
public class SameOriginHandshake extends ServerEndpointConfig.Configurator {

    static final String FOREIGN_ORIGIN = "aeims.foreign-origin";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        URI target = addressed(request);
        config.getUserProperties().put(FOREIGN_ORIGIN, target == null
                || SameOrigin.refusal(target, first(request.getHeaders().get("Origin")), null).isPresent());
    }

    /** The host and port the browser addressed: its Host header, under the request's scheme. */
    private static URI addressed(HandshakeRequest request) {
        try {
            URI uri = URI.create(request.getRequestURI().getScheme() + "://" + first(request.getHeaders().get("Host")));
            return uri.getHost() == null ? null : uri;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
