package com.aeims.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers of the test's Twilio account, answered as Twilio would once Prism has judged the request valid:
 * numbers on offer match the search, a bought number is the account's until it is released, and lists and deletes
 * see what was bought. Prism alone answers every request with the same example, so it cannot tell one number from
 * another. A test can make the next purchase be refused, or be made with its answer lost on the way back (the SDK
 * then sends it again, as it does after any 5xx), or every purchase's answer lost until it says otherwise.
 */
public final class TwilioNumbers {

    /** A number the account holds. */
    public record Held(String sid, String phoneNumber, String friendlyName, String trunkSid) {
    }

    record Answer(int status, byte[] body) {
    }

    private static final Pattern AVAILABLE = Pattern.compile(".*/AvailablePhoneNumbers/(\\w+)/(Local|TollFree)\\.json$");
    private static final Pattern INCOMING = Pattern.compile(".*/Accounts/(AC\\w+)/IncomingPhoneNumbers\\.json$");
    private static final Pattern ONE = Pattern.compile(".*/Accounts/(AC\\w+)/IncomingPhoneNumbers/(PN\\w+)\\.json$");
    private static final String KEYPAD = "22233344455566677778889999";

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final AtomicInteger offered = new AtomicInteger();
    private final AtomicBoolean refuseNext = new AtomicBoolean();
    private final AtomicBoolean loseNextAnswer = new AtomicBoolean();
    private final AtomicBoolean loseAllAnswers = new AtomicBoolean();
    private final Random sids = new Random();

    void refuseNextPurchase() {
        refuseNext.set(true);
    }

    void loseNextPurchaseAnswer() {
        loseNextAnswer.set(true);
    }

    void losePurchaseAnswers(boolean lost) {
        loseAllAnswers.set(lost);
    }

    List<Held> held() {
        return List.copyOf(held.values());
    }

    Held add(String phoneNumber, String friendlyName) {
        Held number = new Held(newSid(), phoneNumber, friendlyName, null);
        held.put(number.sid(), number);
        return number;
    }

    /** Twilio's answer to a request Prism accepted, when it is about numbers. */
    Optional<Answer> answer(String method, String path, Map<String, String> query, Map<String, String> form) {
        Matcher available = AVAILABLE.matcher(path);
        if (method.equals("GET") && available.matches()) {
            return Optional.of(offered(path, available.group(2).equals("TollFree"), query));
        }
        Matcher incoming = INCOMING.matcher(path);
        if (incoming.matches() && method.equals("POST")) {
            return Optional.of(buy(incoming.group(1), form));
        }
        if (incoming.matches() && method.equals("GET")) {
            return Optional.of(list(incoming.group(1), path, query));
        }
        Matcher one = ONE.matcher(path);
        if (one.matches() && method.equals("DELETE")) {
            return Optional.of(held.remove(one.group(2)) != null ? new Answer(204, new byte[0])
                    : error(404, 20404, "The requested resource " + path + " was not found"));
        }
        return Optional.empty();
    }

    private Answer offered(String path, boolean tollFree, Map<String, String> query) {
        String area = query.getOrDefault("AreaCode", tollFree ? "888" : "212");
        String contains = digits(query.getOrDefault("Contains", ""));
        int size = Integer.parseInt(query.getOrDefault("PageSize", "5"));
        String locality = tollFree ? "" : query.getOrDefault("InLocality", "New York");
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        int count = contains.length() > 7 ? 0 : Math.min(size, 5);
        for (int i = 0; i < count; i++) {
            // the serial's last digits before the wanted ones; an exchange never starts with 0 or 1
            String serial = String.format("%07d", offered.incrementAndGet());
            String local = serial.substring(contains.length()) + contains;
            if (local.charAt(0) < '2') {
                local = "5" + local.substring(1);
            }
            String number = "+1" + area + local;
            numbers.add(Json.createObjectBuilder()
                    .add("friendly_name", "(" + area + ") " + local.substring(0, 3) + "-" + local.substring(3))
                    .add("phone_number", number).add("lata", "132").add("locality", locality)
                    .add("rate_center", locality.toUpperCase()).add("latitude", "40.712800")
                    .add("longitude", "-74.006000").add("region", tollFree ? "" : "NY").add("postal_code", "10007")
                    .add("iso_country", "US").add("address_requirements", "none").add("beta", false)
                    .add("capabilities", Json.createObjectBuilder().add("voice", true).add("sms", true)
                            .add("mms", true)));
        }
        return json(200, page(path, size).add("available_phone_numbers", numbers));
    }

    private Answer buy(String account, Map<String, String> form) {
        String number = form.getOrDefault("PhoneNumber", "");
        boolean taken = held.values().stream().anyMatch(h -> h.phoneNumber().equals(number));
        if (!taken && !refuseNext.getAndSet(false)) {
            Held bought = new Held(newSid(), number, form.getOrDefault("FriendlyName", number), form.get("TrunkSid"));
            held.put(bought.sid(), bought);
            if (!loseAllAnswers.get() && !loseNextAnswer.getAndSet(false)) {
                return json(201, incoming(account, bought));
            }
        } else if (!loseAllAnswers.get()) {
            return error(400, 21422, "PhoneNumber requested is not available");
        }
        // whatever Twilio did, its answer never reaches the caller: a gateway on the way times out
        return new Answer(504, "<html><body>Gateway Timeout</body></html>".getBytes(StandardCharsets.UTF_8));
    }

    private Answer list(String account, String path, Map<String, String> query) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        held.values().stream()
                .filter(h -> !query.containsKey("PhoneNumber") || h.phoneNumber().equals(query.get("PhoneNumber")))
                .filter(h -> !query.containsKey("FriendlyName") || h.friendlyName().equals(query.get("FriendlyName")))
                .forEach(h -> numbers.add(incoming(account, h)));
        return json(200, page(path, Integer.parseInt(query.getOrDefault("PageSize", "50")))
                .add("incoming_phone_numbers", numbers));
    }

    private static JsonObjectBuilder incoming(String account, Held number) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("account_sid", account).add("sid", number.sid()).add("phone_number", number.phoneNumber())
                .add("friendly_name", number.friendlyName()).add("api_version", "2010-04-01")
                .add("address_requirements", "none").add("beta", false).add("origin", "twilio")
                .add("status", "in-use").add("voice_receive_mode", "voice")
                .add("date_created", "Tue, 08 Dec 2026 00:00:00 +0000")
                .add("date_updated", "Tue, 08 Dec 2026 00:00:00 +0000")
                .add("capabilities", Json.createObjectBuilder().add("voice", true).add("sms", true).add("mms", true)
                        .add("fax", false))
                .add("uri", "/2010-04-01/Accounts/" + account + "/IncomingPhoneNumbers/" + number.sid() + ".json");
        if (number.trunkSid() != null) {
            json.add("trunk_sid", number.trunkSid());
        } else {
            json.addNull("trunk_sid");
        }
        return json;
    }

    private static JsonObjectBuilder page(String path, int size) {
        return Json.createObjectBuilder().add("uri", path).add("first_page_uri", path).addNull("next_page_uri")
                .addNull("previous_page_uri").add("page", 0).add("page_size", size).add("start", 0).add("end", 0);
    }

    private static Answer error(int status, int code, String message) {
        return json(status, Json.createObjectBuilder().add("code", code).add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code).add("status", status));
    }

    private static Answer json(int status, JsonObjectBuilder body) {
        return new Answer(status, body.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What a Contains pattern dials: letters as on a keypad, a wildcard as any digit (here 0). */
    private static String digits(String contains) {
        StringBuilder digits = new StringBuilder();
        for (char c : contains.toUpperCase().toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(KEYPAD.charAt(c - 'A'));
            } else {
                digits.append('0');
            }
        }
        return digits.toString();
    }

    private String newSid() {
        byte[] bytes = new byte[16];
        synchronized (sids) {
            sids.nextBytes(bytes);
        }
        return "PN" + HexFormat.of().formatHex(bytes);
    }
}
