package com.aeims.bench;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Toast delivery latency over the Faces websocket: N sockets open on the notifications channel, then a customer's
 * message (through the API: charge, store, notify, commit, push) is timed until every socket has its toast. The N
 * sockets are N pages of one operator (a user-scoped channel reaches every page the user has open): each socket is
 * a real websocket session on the server, without N password logins. Prints p50/p95/p99 and the server's heap.
 */
class NotificationPushBench extends AeimsIT {

    private static final List<Integer> SOCKETS = Arrays.stream(System.getProperty("aeims.bench.sockets", "500,2000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int PUSHES = Integer.getInteger("aeims.bench.pushes", 20);
    private static final Pattern PUSH_URL = Pattern.compile("/jakarta\\.faces\\.push/notifications\\?[^'\"\\s]+");

    @Test
    void toastDeliveryLatency() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        ApiClient admin = new ApiClient(baseUri());
        admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD);
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        long operatorId = TestAccounts.idOf(operatorEmail);
        ApiClient operator = new ApiClient(baseUri());
        operator.login(operatorEmail, TestAccounts.PASSWORD);
        ApiClient customer = new ApiClient(baseUri());
        String customerEmail = TestAccounts.registerCustomer(setup);
        customer.login(customerEmail, TestAccounts.PASSWORD);
        admin.post("api/admin/money/adjustments", Json.createObjectBuilder()
                .add("customer_id", TestAccounts.idOf(customerEmail)).add("amount_cents", 50_000)
                .add("reason", "bench").add("idempotency_key", UUID.randomUUID().toString()).build().toString());

        Matcher url = PUSH_URL.matcher(operator.get("operator/dashboard.xhtml").body());
        if (!url.find()) {
            throw new IllegalStateException("the dashboard has no notifications websocket");
        }
        URI socketUri = URI.create(baseUri().toString().replaceFirst("^http", "ws").replaceAll("/+$", "") + url.group());
        String cookie = "JSESSIONID=" + operator.sessionId().orElseThrow();

        StringBuilder report = new StringBuilder(String.format("%n=== Toast push benchmark: %d pushes per size,"
                + " latency from the sender's API call to each socket's toast ===%n", PUSHES));
        HttpClient client = HttpClient.newHttpClient();
        for (int sockets : SOCKETS) {
            long heapBefore = ServerHeap.usedAfterGc();
            Receiver receiver = new Receiver();
            List<WebSocket> open = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                open.add(client.newWebSocketBuilder().header("Cookie", cookie).buildAsync(socketUri, receiver).join());
            }
            long heapWithSockets = ServerHeap.usedAfterGc();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            for (int push = -3; push < PUSHES; push++) {
                receiver.reset(push >= 0 ? latencies : Collections.synchronizedList(new ArrayList<>()));
                customer.post("api/messages/send", Json.createObjectBuilder().add("operator_id", operatorId)
                        .add("message_text", "bench " + push).build().toString());
                Eventually.await(Duration.ofSeconds(60), sockets + " toasts", () -> receiver.received() >= sockets);
            }
            for (WebSocket socket : open) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            report.append(String.format("%5d sockets: p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms;"
                            + " server heap after GC %d MB idle, %d MB with the sockets (%.1f KB each)%n",
                    sockets, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0),
                    heapBefore >> 20, heapWithSockets >> 20, (heapWithSockets - heapBefore) / 1024.0 / sockets));
        }
        System.out.println(report);
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("push-report.txt"), report.toString());
    }

    private static double ms(List<Long> sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    /** Counts toasts and how long each took since the current push was sent. */
    private static final class Receiver implements WebSocket.Listener {
        private final AtomicLong sentAt = new AtomicLong();
        private final AtomicLong received = new AtomicLong();
        private volatile List<Long> latencies;

        void reset(List<Long> into) {
            latencies = into;
            received.set(0);
            sentAt.set(System.nanoTime());
        }

        long received() {
            return received.get();
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            if (last) {
                latencies.add(System.nanoTime() - sentAt.get());
                received.incrementAndGet();
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
