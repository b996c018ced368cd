package com.aeims.infrastructure.telephony;

import com.aeims.application.PbxCallLog;
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
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The PBX's call log on Asterisk: its channel event log (CEL), which Asterisk writes into AEIMS' database itself
 * (config/asterisk/cel.conf, cel_pgsql.conf; table {@code asterisk_cel}). Read as the AMI events are
 * ({@link AmiCallFacts}): the originated channel, whose Uniqueid is the call's Linkedid, enters a bridge only when the
 * operator answers, leaves it when either party goes, and its hang-up ends the call; the Local channel's ;2 half
 * hanging up with a failed dial is the customer's phone failing.
 */
@Stateless
public class ChannelEventLog implements PbxCallLog {

    private static final Logger LOG = Logger.getLogger(ChannelEventLog.class.getName());

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Logged of(String callRef, String linkedId) {
        String callId = linkedId != null ? linkedId : AmiCallFacts.channelIdOf(callRef);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT eventtype, eventtime, uniqueid, extra FROM asterisk_cel "
                        + "WHERE linkedid = ?1 AND uniqueid IN (?1, ?2) ORDER BY eventtime, id")
                .setParameter(1, callId).setParameter(2, callId + ";2").getResultList();
        List<CallEvent> facts = new ArrayList<>();
        boolean over = false;
        for (Object[] row : rows) {
            String type = (String) row[0];
            Instant at = epochSeconds(((Number) row[1]).doubleValue());
            boolean originated = callId.equals(row[2]);
            JsonObject extra = json((String) row[3]);
            switch (type) {
                case "BRIDGE_ENTER" -> {
                    if (originated) {
                        facts.add(fact(callRef, CallEvent.Type.BRIDGED, at, callId, null));
                    }
                }
                case "BRIDGE_EXIT" -> {
                    if (originated) {
                        facts.add(fact(callRef, CallEvent.Type.BRIDGE_LEFT, at, callId, null));
                    }
                }
                case "HANGUP" -> {
                    String dialStatus = text(extra, "dialstatus");
                    if (originated) {
                        if (dialStatus != null && !"ANSWER".equalsIgnoreCase(dialStatus)) {
                            facts.add(fact(callRef, CallEvent.Type.OPERATOR_FAILED, at, callId, dialStatus));
                        }
                        facts.add(fact(callRef, CallEvent.Type.ENDED, at, callId, text(extra, "hangupcause")));
                        over = true;
                    } else if (dialStatus != null && !"ANSWER".equalsIgnoreCase(dialStatus)) {
                        facts.add(fact(callRef, CallEvent.Type.CUSTOMER_FAILED, at, callId, dialStatus));
                    }
                }
                default -> {
                    // other event types (cel.conf may log more than AEIMS reads)
                }
            }
        }
        return new Logged(List.copyOf(facts), over);
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
