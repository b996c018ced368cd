package com.aeims.interfaces.web.push;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.event.WebsocketEvent;
import jakarta.websocket.CloseReason;
import org.junit.jupiter.api.Test;

class OpenSocketsTest {

    private final OpenSockets sockets = new OpenSockets();

    @Test
    void aUserListensUntilTheLastOfTheirPagesOnTheChannelCloses() {
        sockets.opened(new WebsocketEvent("calls", 7L, null));
        sockets.opened(new WebsocketEvent("calls", 7L, null));
        sockets.closed(new WebsocketEvent("calls", 7L, CloseReason.CloseCodes.GOING_AWAY));

        assertTrue(sockets.isOpen("calls", 7L));
        assertTrue(sockets.anyOpen("calls"));

        sockets.closed(new WebsocketEvent("calls", 7L, CloseReason.CloseCodes.GOING_AWAY));

        assertFalse(sockets.isOpen("calls", 7L));
        assertFalse(sockets.anyOpen("calls"));
    }

    @Test
    void aPageOnAnotherChannelOrOfAnotherUserDoesNotCount() {
        sockets.opened(new WebsocketEvent("rooms", 7L, null));
        sockets.opened(new WebsocketEvent("calls", 8L, null));

        assertFalse(sockets.isOpen("calls", 7L));
        assertTrue(sockets.isOpen("calls", 8L));
    }
}
