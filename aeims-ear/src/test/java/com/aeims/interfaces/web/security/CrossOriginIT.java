package com.aeims.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.PushSocket;
import com.aeims.testsupport.RoomHosting;
import com.aeims.testsupport.RoomHosting.Guest;
import com.aeims.testsupport.RoomVisits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another site's page cannot act with a customer's cookie: the API wants the site's own pages' header and a browser
 * that says the page came from here, form posts the same origin, and the presence socket too.
 */
class CrossOriginIT extends AeimsIT {

    private static final String EVIL = "https://evil.example";

    private RoomHosting hosting;
    private Guest guest;
    private long room;
    private long visit;

    @BeforeEach
    void aCustomerInARoom() throws Exception {
        hosting = RoomHosting.start(baseUri());
        guest = hosting.guestWith(1_000);
        room = hosting.openRoom("Origins", null, 0, 100, 10);
        visit = RoomHosting.joined(guest, room);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        RoomHosting.assertLedgerBalances();
    }

    @Test
    void aChangeFromAnotherSitesPageIsRefusedAndChangesNothing() {
        ApiClient.Reply forged = guest.api().postFromAnotherSite("api/rooms/" + room + "/leave", "", EVIL);

        RoomHosting.assertError(forged, 403, "CROSS_ORIGIN");
        assertNull(RoomVisits.leftReason(visit), "the forged request moved the customer out");
    }

    @Test
    void aChangeWithoutThePagesHeaderIsRefusedAsACrossSiteFormWouldBe() {
        ApiClient.Reply forged = guest.api().postWithoutPageHeader("api/rooms/" + room + "/leave", "");

        RoomHosting.assertError(forged, 403, "CROSS_ORIGIN");
        assertNull(RoomVisits.leftReason(visit));
        assertEquals(200, guest.api().post("api/rooms/" + room + "/leave", "").status(), "the site's own page may");
        assertEquals("LEFT", RoomVisits.leftReason(visit));
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedBeforeAnyPageRuns() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri()
                        .resolve("logout")).header("Origin", EVIL).header("Cookie", "JSESSIONID="
                        + guest.api().sessionId().orElseThrow())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(403, reply.statusCode());
        assertEquals(200, guest.api().get("api/auth/me").status(), "the forged logout ended the session");
    }

    @Test
    void anotherSitesPageCannotKeepAVisitAliveThroughThePresenceSocket() {
        assertHandshakeRefused(URI.create(baseUri().toString().replaceFirst("^http", "ws") + "rooms/presence?room="
                + room));
    }

    private void assertHandshakeRefused(URI socket) {
        CompletionException refused = assertThrows(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().header("Cookie", "JSESSIONID=" + guest.api().sessionId().orElseThrow())
                .header("Origin", EVIL).buildAsync(socket, new WebSocket.Listener() { }).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    @Test
    void anotherSitesPageCannotOpenACustomersPushSocket() throws Exception {
        URI channel = PushSocket.address(baseUri(), guest.api(), "customer/room.xhtml?id=" + room, "rooms");
        assertHandshakeRefused(channel);

        String ownOrigin = baseUri().getScheme() + "://" + baseUri().getAuthority();
        WebSocket own = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + guest.api().sessionId().orElseThrow()).header("Origin", ownOrigin)
                .buildAsync(channel, new WebSocket.Listener() { }).join();
        assertFalse(own.isInputClosed(), "the site's own page opens it");
        own.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
