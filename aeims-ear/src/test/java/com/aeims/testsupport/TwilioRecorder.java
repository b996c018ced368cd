package com.aeims.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * Sits between the test server and the Prism mock: passes every request through unchanged (Prism still judges it
 * against Twilio's description), keeps the SMS the server asked to send, so a test can read a code as a phone
 * would, and answers requests about the account's phone numbers from {@link TwilioNumbers} once Prism accepted them.
 */
final class TwilioRecorder {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "accept-encoding", "transfer-encoding");

    private record Text(String to, String body) {
    }

    private final HttpServer server;
    private final URI prism;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ConcurrentLinkedQueue<Text> texts = new ConcurrentLinkedQueue<>();
    private final TwilioNumbers numbers = new TwilioNumbers();

    private TwilioRecorder(HttpServer server, int prismPort) {
        this.server = server;
        this.prism = URI.create("http://127.0.0.1:" + prismPort);
    }

    static TwilioRecorder start(int prismPort) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TwilioRecorder recorder = new TwilioRecorder(server, prismPort);
        server.createContext("/", recorder::pass);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "twilio-recorder");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return recorder;
    }

    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    TwilioNumbers numbers() {
        return numbers;
    }

    List<String> textsTo(String number) {
        return texts.stream().filter(text -> text.to().equals(number)).map(Text::body).toList();
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
            if (method.equals("POST") && path.endsWith("/Messages.json")) {
                texts.add(new Text(form.getOrDefault("To", ""), form.getOrDefault("Body", "")));
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(prism.resolve(exchange.getRequestURI().toString()))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> forward.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":") && !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] reply = answer.body();
            int status = answer.statusCode();
            var stateful = status / 100 == 2 ? numbers.answer(method, path,
                    form(Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "")), form)
                    : Optional.<TwilioNumbers.Answer>empty();
            if (stateful.isPresent()) {
                reply = stateful.get().body();
                status = stateful.get().status();
                exchange.getResponseHeaders().put("Content-Type", List.of(status == 504 ? "text/html"
                        : "application/json"));
            }
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while passing a request to Prism", e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
