package com.aeims.infrastructure.telephony;

import com.aeims.application.call.PbxCallLog;
import com.aeims.domain.model.call.CallEvent;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The PBX's call log on Asterisk: its channel event log (CEL), which Asterisk writes into AEIMS' database itself
 * (config/asterisk/cel.conf, cel_pgsql.conf; table {@code asterisk_cel}). Read as the AMI events are
 * ({@link AmiCallFacts}): the originated channel enters a bridge only when the operator answers, leaves it when
 * either party goes, and its hang-up ends the call (with the operator's dial status); the Local channel's ;2 half
 * hanging up with a failed dial is the customer's phone failing.
 */
@Stateless
public class ChannelEventLog implements PbxCallLog {

    private static final Logger LOG = Logger.getLogger(ChannelEventLog.class.getName());
    private static final int CALLS_A_QUERY = 500;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Map<String, Logged> of(Map<String, String> linkedIdByCall) {
        Map<String, String> callByLinkedId = new HashMap<>();
        linkedIdByCall.forEach((callRef, linkedId) ->
                callByLinkedId.put(linkedId != null ? linkedId : AmiCallFacts.channelIdOf(callRef), callRef));
        List<String> linkedIds = new ArrayList<>(callByLinkedId.keySet());
        Map<String, List<CallEvent>> factsByCall = new HashMap<>();
        for (int from = 0; from < linkedIds.size(); from += CALLS_A_QUERY) {
            for (Object[] row : rowsOf(linkedIds.subList(from, Math.min(linkedIds.size(), from + CALLS_A_QUERY)))) {
                String callRef = callByLinkedId.get((String) row[0]);
                List<CallEvent> facts = factsOf(callRef, row);
                if (!facts.isEmpty()) {
                    factsByCall.computeIfAbsent(callRef, k -> new ArrayList<>()).addAll(facts);
                }
            }
        }
        Map<String, Logged> logs = new HashMap<>();
        factsByCall.forEach((callRef, facts) -> logs.put(callRef, new Logged(List.copyOf(facts))));
        return logs;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rowsOf(List<String> linkedIds) {
        String marks = IntStream.rangeClosed(1, linkedIds.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        Query rows = em.createNativeQuery("SELECT linkedid, eventtype, eventtime, uniqueid, channame, extra "
                + "FROM asterisk_cel WHERE linkedid IN (" + marks + ") "
                + "AND eventtype IN ('BRIDGE_ENTER', 'BRIDGE_EXIT', 'HANGUP') ORDER BY linkedid, eventtime, id");
        for (int i = 0; i < linkedIds.size(); i++) {
            rows.setParameter(i + 1, linkedIds.get(i));
        }
        return rows.getResultList();
    }

    /** One logged row as facts of its call. */
    private static List<CallEvent> factsOf(String callRef, Object[] row) {
        String linkedId = (String) row[0];
        Instant at = epochSeconds(((Number) row[2]).doubleValue());
        boolean originated = AmiCallFacts.isOriginated((String) row[3], linkedId);
        return switch ((String) row[1]) {
            case "BRIDGE_ENTER" -> originated ? List.of(fact(callRef, CallEvent.Type.BRIDGED, at, linkedId, null))
                    : List.of();
            case "BRIDGE_EXIT" -> originated ? List.of(fact(callRef, CallEvent.Type.BRIDGE_LEFT, at, linkedId, null))
                    : List.of();
            default -> hangup(callRef, at, linkedId, originated, (String) row[4], (String) row[5]);
        };
    }

    private static List<CallEvent> hangup(String callRef, Instant at, String linkedId, boolean originated,
                                          String channel, String extra) {
        JsonObject details = json(extra);
        String dialStatus = text(details, "dialstatus");
        boolean dialFailed = dialStatus != null && !"ANSWER".equalsIgnoreCase(dialStatus);
        if (originated) {
            CallEvent ended = fact(callRef, CallEvent.Type.ENDED, at, linkedId, text(details, "hangupcause"));
            return dialFailed ? List.of(fact(callRef, CallEvent.Type.OPERATOR_FAILED, at, linkedId, dialStatus), ended)
                    : List.of(ended);
        }
        // the Local channel's other half dialled the customer's phone
        boolean customersHalf = channel != null && channel.startsWith("Local/") && channel.endsWith(";2");
        return customersHalf && dialFailed
                ? List.of(fact(callRef, CallEvent.Type.CUSTOMER_FAILED, at, linkedId, dialStatus)) : List.of();
    }

    private static CallEvent fact(String callRef, CallEvent.Type type, Instant at, String linkedId, String detail) {
        return new CallEvent(callRef, type, at, linkedId, null, detail);
    }

    private static Instant epochSeconds(double seconds) {
        return Instant.ofEpochSecond(0, Math.round(seconds * 1_000_000d) * 1_000L);
    }

    /** A field of the extra JSON as text (Asterisk writes the cause as a number, the dial status as a string). */
    private static String text(JsonObject extra, String field) {
        JsonValue value = extra.get(field);
        String text = value instanceof JsonString string ? string.getString()
                : value instanceof JsonNumber number ? number.toString() : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static JsonObject json(String extra) {
        if (extra == null || extra.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(extra))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException notAnObject) {
            LOG.fine(() -> "CEL extra that is not a JSON object ignored: " + extra);
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
