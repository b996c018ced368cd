package com.aeims.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * CCBill for the production-mode test server, written from CCBill's published FlexForms and webhook rules: it
 * serves the FlexForm (refusing a price whose form digest is wrong, as CCBill shows its error page), takes a test
 * card, posts the JSON webhooks CCBill would (all values strings, the event type in the query, extra inputs echoed
 * with an "X-" prefix) and sends the browser back to the approval or denial URL. Its webhooks come, as through
 * ops' proxy, from an address inside CCBill's published ranges.
 */
public class CcbillSimulator implements LauncherSessionListener {

    /** An address of CCBill's Phoenix satellite, which the server must believe. */
    public static final String CCBILL_ADDRESS = "64.38.241.77";
    private static final Set<String> CURRENCIES = Set.of("840", "978", "826", "124", "036", "392");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicLong TRANSACTIONS = new AtomicLong(System.currentTimeMillis() % 100_000_000_000L);

    private static String account;
    private static String subaccount;
    private static String flexId;
    private static String salt;
    private static String base;
    private static volatile URI webhook;
    private static volatile URI approvalUrl;
    private static volatile URI denialUrl;

    /** A sale the simulator made: its ids and what the server answered to its webhook. */
    public record Sale(String transactionId, String subscriptionId, String checkoutId, String price, int webhookStatus,
                       String webhookReply) {
    }

    /** What a webhook delivery got back. */
    public record Delivery(int status, String body) {
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensureStarted();
    }

    public static synchronized void ensureStarted() {
        if (System.getProperty("aeims.it.server.ccbill.args") != null) {
            return;
        }
        if (!Boolean.getBoolean("aeims.it.ccbill")) {
            // the demo-mode server sells through the sandbox, as the run command's demo does
            System.setProperty("aeims.it.server.ccbill.args", "");
            return;
        }
        SecureRandom random = new SecureRandom();
        account = "9" + String.format("%05d", random.nextInt(100_000));
        subaccount = "0000";
        flexId = UUID.randomUUID().toString();
        salt = HexFormat.of().formatHex(random.generateSeed(12));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/wap-frontflex/flexforms/", CcbillSimulator::form);
            server.start();
            base = "http://127.0.0.1:" + server.getAddress().getPort() + "/wap-frontflex/flexforms/";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the CCBill simulator", e);
        }
        System.setProperty("aeims.it.server.ccbill.args", "-Daeims.ccbill.account=" + account
                + " -Daeims.ccbill.subaccount=" + subaccount + " -Daeims.ccbill.flexform-id=" + flexId
                + " -Daeims.ccbill.salt=" + salt + " -Daeims.ccbill.form-base=" + base);
    }

    /** Registers AEIMS with the simulated sub-account, as ops do in CCBill's admin: its webhook and return pages. */
    public static void register(URI aeimsBase) {
        ensureStarted();
        webhook = aeimsBase.resolve("api/payments/ccbill/notifications");
        approvalUrl = aeimsBase.resolve("customer/funds.xhtml?payment=approved");
        denialUrl = aeimsBase.resolve("customer/funds.xhtml?payment=denied");
    }

    public static String formBase() {
        ensureStarted();
        return base;
    }

    /** Why CCBill would refuse to show the form for this link, or null when it shows it. */
    public static String formProblem(String checkoutUrl) {
        URI uri = URI.create(checkoutUrl);
        if (!checkoutUrl.startsWith(base + flexId + "?")) {
            return "not our FlexForm: " + checkoutUrl;
        }
        return problem(query(uri.getRawQuery()));
    }

    /** The customer pays on the form with a card that approves (or one that is declined, for a failed sale). */
    public static Sale pay(String checkoutUrl, boolean cardApproves) {
        String problem = formProblem(checkoutUrl);
        if (problem != null) {
            throw new AssertionError("CCBill would show its error page: " + problem);
        }
        return sell(query(URI.create(checkoutUrl).getRawQuery()), cardApproves);
    }

    public static Delivery refund(Sale sale, String amount) {
        return reversal("Refund", sale, amount, "Customer Refunded");
    }

    public static Delivery voidSale(Sale sale) {
        return reversal("Void", sale, sale.price(), "Billed cancel");
    }

    public static Delivery chargeback(Sale sale, String amount) {
        return reversal("Chargeback", sale, amount, "Unauthorized transaction");
    }

    /** A Refund, Void or Chargeback webhook for the sale. */
    public static Delivery reversal(String eventType, Sale sale, String amount, String reason) {
        Map<String, String> fields = accountFields();
        fields.put("transactionId", sale.transactionId());
        fields.put("subscriptionId", sale.subscriptionId());
        fields.put("timestamp", timestamp());
        fields.put("amount", amount);
        fields.put("currency", "USD");
        fields.put("currencyCode", "840");
        fields.put("accountingAmount", amount);
        fields.put("accountingCurrency", "USD");
        fields.put("accountingCurrencyCode", "840");
        fields.put("reason", reason);
        fields.put("last4", "4242");
        fields.put("expDate", "0129");
        return deliver(eventType, fields, CCBILL_ADDRESS);
    }

    /** A webhook with these fields (the account's are added unless given), from the given address. */
    public static Delivery deliver(String eventType, Map<String, String> fields, String fromAddress) {
        Map<String, String> all = accountFields();
        all.putAll(fields);
        JsonObjectBuilder json = Json.createObjectBuilder();
        all.forEach(json::add);
        String query = "eventType=" + eventType + "&eventGroupType=Subscription&clientAccnum=" + all.get("clientAccnum")
                + "&clientSubacc=" + all.get("clientSubacc");
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook + "?" + query))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                // as ops' proxy passes the sender's address on
                .header("X-Forwarded-For", fromAddress)
                .POST(HttpRequest.BodyPublishers.ofString(json.build().toString())).build();
        try {
            HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(reply.statusCode(), reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** md5(subscriptionId + "1" + salt): what a genuine NewSaleSuccess carries. */
    public static String saleDigest(String subscriptionId) {
        return md5(subscriptionId + "1" + salt);
    }

    private static Sale sell(Map<String, String> form, boolean approves) {
        String transaction = "0" + (11724010_000_000_000L + TRANSACTIONS.incrementAndGet());
        Map<String, String> fields = accountFields();
        fields.put("transactionId", transaction);
        fields.put("timestamp", timestamp());
        fields.put("firstName", "Test");
        fields.put("lastName", "Customer");
        fields.put("email", "customer@example.com");
        fields.put("country", "US");
        fields.put("ipAddress", "198.51.100.23");
        fields.put("formName", "AEIMS credit");
        fields.put("flexId", flexId);
        fields.put("priceDescription", "$" + form.get("initialPrice") + "(USD) for 30 days (non-recurring)");
        fields.put("billedInitialPrice", form.get("initialPrice"));
        fields.put("billedCurrency", "USD");
        fields.put("billedCurrencyCode", form.get("currencyCode"));
        fields.put("accountingInitialPrice", form.get("initialPrice"));
        fields.put("accountingCurrencyCode", "840");
        fields.put("initialPeriod", form.get("initialPeriod"));
        fields.put("recurringPeriod", "0");
        fields.put("rebills", "0");
        fields.put("paymentType", "CREDIT");
        fields.put("cardType", "VISA");
        fields.put("last4", approves ? "4242" : "0002");
        form.forEach((name, value) -> fields.put("X-" + name, value));
        String event = "NewSaleSuccess";
        if (approves) {
            fields.put("subscriptionId", transaction);
            fields.put("dynamicPricingValidationDigest", saleDigest(transaction));
        } else {
            event = "NewSaleFailure";
            fields.put("failureCode", "BE-103");
            fields.put("failureReason", "Do not honor");
        }
        Delivery delivery = deliver(event, fields, CCBILL_ADDRESS);
        return new Sale(transaction, approves ? transaction : null, form.get("orderRef"), form.get("initialPrice"),
                delivery.status(), delivery.body());
    }

    private static Map<String, String> accountFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientAccnum", account);
        fields.put("clientSubacc", subaccount);
        return fields;
    }

    /** CCBill's clock is said to be Arizona's: no zone in the value, UTC-7 all year. */
    private static String timestamp() {
        return ZonedDateTime.now(ZoneOffset.ofHours(-7)).format(TIMESTAMP);
    }

    private static String problem(Map<String, String> form) {
        for (String required : List.of("clientAccnum", "clientSubacc", "initialPrice", "initialPeriod",
                "currencyCode", "formDigest")) {
            if (form.getOrDefault(required, "").isEmpty()) {
                return required + " is missing";
            }
        }
        if (!form.get("clientAccnum").equals(account) || !form.get("clientSubacc").equals(subaccount)) {
            return "another account";
        }
        if (!form.get("initialPrice").matches("\\d+\\.\\d{2}")
                || new BigDecimal(form.get("initialPrice")).compareTo(new BigDecimal("2.95")) < 0) {
            return "a price CCBill does not take: " + form.get("initialPrice");
        }
        int period = Integer.parseInt(form.get("initialPeriod"));
        if (period < 2 || period > 365) {
            return "a period outside 2 to 365 days";
        }
        if (!CURRENCIES.contains(form.get("currencyCode"))) {
            return "an unknown currency " + form.get("currencyCode");
        }
        String digest = md5(form.get("initialPrice") + form.get("initialPeriod") + form.get("currencyCode") + salt);
        return digest.equals(form.get("formDigest")) ? null : "the form digest does not match the price";
    }

    private static void form(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/pay")) {
                Map<String, String> posted = query(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                boolean approves = "4242".equals(posted.remove("card"));
                Sale sale = sell(posted, approves);
                URI back = approves ? approvalUrl : denialUrl;
                exchange.getResponseHeaders().add("Location", back + (sale.webhookStatus() == 200 ? "" : "&webhook="
                        + sale.webhookStatus()));
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            Map<String, String> form = query(exchange.getRequestURI().getRawQuery());
            String problem = path.equals("/wap-frontflex/flexforms/" + flexId) ? problem(form) : "no such FlexForm";
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>CCBill (simulated)</title></head>"
                    + "<body>");
            if (problem != null) {
                page.append("<h1>500</h1><p id=\"error\">").append(problem).append("</p></body></html>");
                send(exchange, 500, page.toString());
                return;
            }
            page.append("<h1>Pay $").append(form.get("initialPrice")).append("</h1><form method=\"post\" action=\"")
                    .append(flexId).append("/pay\">");
            form.forEach((name, value) -> page.append("<input type=\"hidden\" name=\"").append(name)
                    .append("\" value=\"").append(value).append("\">"));
            page.append("<label><input type=\"radio\" name=\"card\" value=\"4242\" checked> Visa ending 4242</label>"
                    + "<label><input type=\"radio\" name=\"card\" value=\"0002\"> Card ending 0002 (declined)</label>"
                    + "<button id=\"pay\" type=\"submit\">Pay now</button></form></body></html>");
            send(exchange, 200, page.toString());
        }
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
