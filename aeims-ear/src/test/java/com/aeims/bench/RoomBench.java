package com.aeims.bench;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * One room with N members, each a logged-in customer with the rooms websocket open: how long a message takes from
 * the host's API call until every member's socket has it (p50/p95/p99 over all deliveries), and how long the minute
 * meter takes to charge every member's next minute (first to last charge), with the server's heap. Members are made
 * in the database with a cheap password hash (1,000 PBKDF2 rounds instead of 600,000) so 2,000 logins take seconds,
 * not minutes; their pages' heartbeats are played by the database, as a real page's would keep the visit alive.
 */
class RoomBench extends AeimsIT {

    private static final List<Integer> MEMBERS = Arrays.stream(System.getProperty("aeims.bench.room-members",
            "200,2000").split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int MESSAGES = Integer.getInteger("aeims.bench.room-messages", 20);
    private static final Pattern ROOMS_SOCKET = Pattern.compile("/jakarta\\.faces\\.push/rooms\\?[^'\"\\s]+");
    private static final String PASSWORD = "bench-member-password";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void roomFanOutAndMinuteBilling() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        ApiClient admin = new ApiClient(baseUri());
        admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD);
        String operatorEmail = TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc");
        ApiClient host = new ApiClient(baseUri());
        host.login(operatorEmail, TestAccounts.PASSWORD);
        String hash = cheapHash(PASSWORD);

        StringBuilder report = new StringBuilder(String.format("%n=== Room benchmark: %d messages per size from the"
                + " host's API call to every member's socket; the minute meter charging every member ===%n", MESSAGES));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int members : MEMBERS) {
                long room = host.post("api/rooms", Json.createObjectBuilder().add("name", "Bench " + members)
                        .add("entry_fee_cents", 0).add("rate_per_minute_cents", 10).add("max_users", members)
                        .build().toString()).json().getJsonNumber("room_id").longValue();
                Future<?> beating = heartbeats.scheduleAtFixedRate(() -> stillHere(room), 0, 10, TimeUnit.SECONDS);
                List<String> sessions = join(clients, createCustomers(members, hash), admin, room);
                long heapBefore = ServerHeap.usedAfterGc();
                Receiver receiver = new Receiver();
                List<WebSocket> sockets = openSockets(clients, sessions, receiver);
                long heapWithSockets = ServerHeap.usedAfterGc();

                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                for (int message = -3; message < MESSAGES; message++) {
                    String text = "bench " + members + " " + message;
                    receiver.expect(text, message >= 0 ? latencies : Collections.synchronizedList(new ArrayList<>()));
                    host.post("api/rooms/" + room + "/messages", Json.createObjectBuilder().add("text", text)
                            .add("client_key", UUID.randomUUID().toString()).build().toString());
                    Eventually.await(Duration.ofSeconds(120), members + " deliveries of " + text,
                            () -> receiver.received() >= members);
                }
                List<Long> sorted = latencies.stream().sorted().toList();

                Timestamp backdated = backdate(room);
                long startedNanos = System.nanoTime();
                Eventually.await(Duration.ofSeconds(300), "every member's second minute",
                        () -> paidSecondMinute(room) >= members);
                double waitedSeconds = (System.nanoTime() - startedNanos) / 1e9;
                double spanSeconds = chargeSpanSeconds(room, backdated);
                beating.cancel(false);
                host.post("api/rooms/" + room + "/close", "");
                for (WebSocket socket : sockets) {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
                }
                report.append(String.format("%5d members: fan-out p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms,"
                                + " max %7.1f ms; minute tick for all members %6.2f s first to last charge"
                                + " (%.0f charges/s; %.1f s from the backdating, timer every 5 s);"
                                + " server heap after GC %d MB idle, %d MB with the sockets%n",
                        members, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), spanSeconds,
                        members / Math.max(spanSeconds, 0.001), waitedSeconds, heapBefore >> 20,
                        heapWithSockets >> 20));
            }
        } finally {
            heartbeats.shutdownNow();
            clients.shutdownNow();
        }
        System.out.println(report);
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("room-report.txt"), report.toString());
    }

    private static String cheapHash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int rounds = 1_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + rounds + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private record Member(long id, String email) {
    }

    private static List<Member> createCustomers(int count, String hash) throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Member> members = new ArrayList<>();
        try (Connection db = EmbeddedDatabase.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, display_name, "
                    + "password_hash, role) VALUES (?, ?, ?, 'CUSTOMER') RETURNING id");
                 PreparedStatement customer = db.prepareStatement("INSERT INTO customer (account_id, date_of_birth, "
                         + "registered_site_id) SELECT ?, DATE '1990-01-01', id FROM site WHERE code = 'flirts-nyc'")) {
                for (int i = 0; i < count; i++) {
                    String email = "member" + i + "." + batch + "@example.org";
                    account.setString(1, email);
                    account.setString(2, "Member " + i);
                    account.setString(3, hash);
                    try (ResultSet r = account.executeQuery()) {
                        r.next();
                        members.add(new Member(r.getLong(1), email));
                    }
                    customer.setLong(1, members.get(i).id());
                    customer.addBatch();
                }
                customer.executeBatch();
            }
            db.commit();
        }
        return members;
    }

    /** Each member logs in, gets credit through the admin API and joins; returns their session cookies. */
    private List<String> join(ExecutorService clients, List<Member> members, ApiClient admin, long room)
            throws Exception {
        List<Future<String>> joined = new ArrayList<>();
        String atTheShownPrice = Prices.joinRequest(admin, room).build().toString();
        for (Member member : members) {
            joined.add(clients.submit(() -> {
                TestAccounts.credit(admin, member.id(), 1_000);
                String cookie = login(member.email());
                HttpResponse<String> reply = send(HttpRequest.newBuilder(baseUri().resolve("api/rooms/" + room
                        + "/join")).header("Cookie", cookie).header("Content-Type", "application/json")
                        .header("X-AEIMS-Request", "1").POST(HttpRequest.BodyPublishers.ofString(atTheShownPrice)));
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException("join failed: " + reply.body());
                }
                return cookie;
            }));
        }
        List<String> cookies = new ArrayList<>();
        for (Future<String> cookie : joined) {
            cookies.add(cookie.get());
        }
        return cookies;
    }

    private String login(String email) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(baseUri().resolve("api/auth/login"))
                .header("Content-Type", "application/json").header("X-AEIMS-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString())));
        String session = reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, last) -> last).orElseThrow(() -> new IllegalStateException("no session: "
                        + reply.body()));
        return session.substring(0, session.indexOf(';')) + "; aeims_age_ok=yes";
    }

    private List<WebSocket> openSockets(ExecutorService clients, List<String> cookies, Receiver receiver)
            throws Exception {
        List<Future<WebSocket>> opening = new ArrayList<>();
        for (String cookie : cookies) {
            opening.add(clients.submit(() -> {
                Matcher url = ROOMS_SOCKET.matcher(send(HttpRequest.newBuilder(baseUri().resolve(
                        "customer/dashboard.xhtml")).header("Cookie", cookie).GET()).body());
                if (!url.find()) {
                    throw new IllegalStateException("the dashboard has no rooms websocket");
                }
                URI socket = URI.create(baseUri().toString().replaceFirst("^http", "ws").replaceAll("/+$", "")
                        + url.group());
                return http.newWebSocketBuilder().header("Cookie", cookie).buildAsync(socket, receiver.newSocket())
                        .join();
            }));
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (Future<WebSocket> socket : opening) {
            sockets.add(socket.get());
        }
        return sockets;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stillHere(long room) {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE room_visit SET last_seen_at = now() WHERE room_id = ? AND left_at IS NULL")) {
            s.setLong(1, room);
            s.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp backdate(long room) throws Exception {
        stillHere(room);
        try (Connection db = EmbeddedDatabase.connect(); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE room_visit SET joined_at = joined_at - INTERVAL '60 seconds', "
                    + "paid_until = paid_until - INTERVAL '60 seconds' WHERE left_at IS NULL AND room_id = " + room);
            try (ResultSet r = s.executeQuery("SELECT now()")) {
                r.next();
                return r.getTimestamp(1);
            }
        }
    }

    private static long paidSecondMinute(long room) {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM room_visit WHERE room_id = ? AND minutes_charged >= 2")) {
            s.setLong(1, room);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double chargeSpanSeconds(long room, Timestamp since) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT extract(epoch FROM max(created_at) - min(created_at)) FROM charge WHERE kind = 'ROOM' "
                        + "AND reference = ? AND created_at >= ?")) {
            s.setString(1, "room:" + room);
            s.setTimestamp(2, since);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }

    private static double ms(List<Long> sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    /** Counts deliveries of the message being timed, and how long each took since it was sent. */
    private static final class Receiver {
        private final AtomicLong sentAt = new AtomicLong();
        private final AtomicLong received = new AtomicLong();
        private volatile String expected = "";
        private volatile List<Long> latencies;

        void expect(String text, List<Long> into) {
            latencies = into;
            expected = text;
            received.set(0);
            sentAt.set(System.nanoTime());
        }

        long received() {
            return received.get();
        }

        void arrived(String frame, long at) {
            // Faces wraps the pushed JSON text as {"data": "..."}; only the line being timed counts
            JsonObject wrapped = Json.createReader(new StringReader(frame)).readObject();
            JsonObject message = Json.createReader(new StringReader(wrapped.getString("data"))).readObject();
            if ("said".equals(message.getString("type")) && expected.equals(message.getString("text", ""))) {
                latencies.add(at - sentAt.get());
                received.incrementAndGet();
            }
        }

        WebSocket.Listener newSocket() {
            StringBuilder partial = new StringBuilder();
            return new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        arrived(partial.toString(), System.nanoTime());
                        partial.setLength(0);
                    }
                    socket.request(1);
                    return CompletableFuture.completedFuture(null);
                }
            };
        }
    }
}
