package com.aeims.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces websocket of a logged-in API client, opened the way a browser opens it: the channel's address is read from
 * a page the client's session renders. Collects every JSON message it receives.
 */
public final class PushSocket implements AutoCloseable {

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private volatile String state = "open";
    private final WebSocket socket;

    private PushSocket(URI address, String sessionId) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", "JSESSIONID=" + sessionId)
                .buildAsync(address, new Collector()).join();
    }

    public static PushSocket open(URI base, ApiClient client, String page, String channel) {
        return new PushSocket(address(base, client, page, channel), client.sessionId().orElseThrow());
    }

    /** The channel's websocket address, as the page the client's session renders gives it. */
    public static URI address(URI base, ApiClient client, String page, String channel) {
        Pattern url = Pattern.compile("/jakarta\\.faces\\.push/" + channel + "\\?[^'\"\\s]+");
        Matcher found = url.matcher(client.get(page).body());
        if (!found.find()) {
            throw new IllegalStateException(page + " has no " + channel + " websocket");
        }
        return URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/+$", "") + found.group());
    }

    /** Whether the server has closed the socket (or it failed). */
    public boolean isClosed() {
        return !"open".equals(state);
    }

    public String state() {
        return state;
    }

    public List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** The first message matching, waiting for it up to the limit. */
    public JsonObject await(Duration limit, String what, Predicate<JsonObject> matching) {
        Eventually.await(limit, what + " (received " + received + ", socket " + state + ")",
                () -> first(matching).isPresent());
        return first(matching).orElseThrow();
    }

    /**
     * As {@link #await}, doing the nudge again each interval while nothing matches. The handshake can complete before
     * the server has registered the socket, so a push sent at once may go nowhere: the first message a test waits
     * for comes from something it can do again (a new line said in a room).
     */
    public JsonObject awaitNudging(Duration limit, String what, Predicate<JsonObject> matching, Duration every,
                                   Runnable nudge) {
        Instant deadline = Instant.now().plus(limit);
        while (first(matching).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what + " (received " + received
                        + ", socket " + state + ")");
            }
            nudge.run();
            Eventually.awaitQuietly(every, () -> first(matching).isPresent());
        }
        return first(matching).orElseThrow();
    }

    public Optional<JsonObject> first(Predicate<JsonObject> matching) {
        return received.stream().filter(matching).findFirst();
    }

    public static Predicate<JsonObject> type(String type) {
        return message -> type.equals(message.getString("type", ""));
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                // Faces wraps what the application pushed, {"data": ...}; the application pushes JSON text
                JsonValue pushed = Json.createReader(new StringReader(partial.toString())).readObject().get("data");
                String text = pushed instanceof JsonString string ? string.getString() : String.valueOf(pushed);
                received.add(Json.createReader(new StringReader(text)).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            state = "closed by the server: " + statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            state = "failed: " + error;
        }
    }
}
