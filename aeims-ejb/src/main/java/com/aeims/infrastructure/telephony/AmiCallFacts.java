package com.aeims.infrastructure.telephony;

import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the AMI events of a bridged callback as call facts. The originated channel stands for the customer: its
 * Uniqueid is the call's Linkedid, the originate's own dial of it has only {@code Dest*} fields, and the Dial to the
 * operator, the bridge the talk happens in and the hang-up that ends the call are all on it. The AEIMS call id comes
 * from the inherited channel variable (manager.conf {@code channelvars = AEIMS_CALL_ID}), for OriginateResponse from
 * the ActionID, and from the Linkedid itself when
 * the call was originated with a ChannelId made of its id ({@link #channelIdOf}); other events are matched by
 * Linkedid.
 */
public final class AmiCallFacts {

    public static final String CALL_ID_VARIABLE = "AEIMS_CALL_ID";
    /** What the dialplan puts in CDR(userfield) when it records a call (config/asterisk/extensions.conf). */
    public static final String RECORDING_PREFIX = "recording:";
    /** What starts the Uniqueid AEIMS gives the channel it originates, followed by the call id. */
    private static final String CHANNEL_ID_PREFIX = "aeims-";

    /** One fact, before it is known which call it belongs to (when the event did not say). */
    public record Fact(CallEvent.Type type, Instant at, String linkedId, String customerChannel, String detail,
                       String callRefHint) {

        public CallEvent toEvent(String callRef) {
            return new CallEvent(callRef, type, at, linkedId, customerChannel, detail);
        }
    }

    private AmiCallFacts() {
    }

    /**
     * The Uniqueid to originate a call's customer leg with: it is then the Linkedid of every channel of the call, so
     * each event names its call even without channel variables, and no Linkedid has to be learned.
     */
    public static String channelIdOf(String callRef) {
        return CHANNEL_ID_PREFIX + callRef;
    }

    /** The call a Linkedid (or the customer leg's Uniqueid) names, if AEIMS chose it; else null. */
    public static String callRefIn(String uniqueId) {
        boolean ours = uniqueId != null && uniqueId.startsWith(CHANNEL_ID_PREFIX) && uniqueId.indexOf(';') < 0
                && uniqueId.length() > CHANNEL_ID_PREFIX.length();
        return ours ? uniqueId.substring(CHANNEL_ID_PREFIX.length()) : null;
    }

    /**
     * The channel AEIMS originated (the Local channel's ;1 half, whose Uniqueid is the call's Linkedid): it runs the
     * Dial to the operator, enters a bridge only when the operator answers, and its hang-up ends the call.
     */
    static boolean isOriginated(String uniqueId, String linkedId) {
        return linkedId != null && linkedId.equals(uniqueId);
    }

    public static Optional<Fact> of(AmiEvent event) {
        return read(event).map(fact -> {
            String named = fact.callRefHint() == null ? callRefIn(fact.linkedId()) : null;
            return named == null ? fact
                    : new Fact(fact.type(), fact.at(), fact.linkedId(), fact.customerChannel(), fact.detail(), named);
        });
    }

    private static Optional<Fact> read(AmiEvent event) {
        String hint = blankToNull(event.channelVariable(CALL_ID_VARIABLE));
        Instant at = event.occurredAt();
        if (event.is("OriginateResponse")) {
            String ref = blankToNull(event.get("ActionID"));
            if ("Success".equalsIgnoreCase(event.get("Response"))) {
                return Optional.of(new Fact(CallEvent.Type.CUSTOMER_ANSWERED, at, known(event.get("UniqueId")),
                        event.get("Channel"), null, ref));
            }
            return Optional.of(new Fact(CallEvent.Type.CUSTOMER_FAILED, at, null, null,
                    originateFailure(event.get("Reason")), ref));
        }
        if (event.is("Cdr")) {
            String userField = blankToNull(event.get("UserField"));
            String uniqueId = known(event.get("UniqueId"));
            return userField != null && userField.startsWith(RECORDING_PREFIX) && uniqueId != null
                    ? Optional.of(new Fact(CallEvent.Type.RECORDING, at, uniqueId, null,
                            userField.substring(RECORDING_PREFIX.length()), hint))
                    : Optional.empty();
        }
        if (event.is("DialBegin") || event.is("DialEnd")) {
            return dial(event, at, hint);
        }
        String linkedId = known(event.get("LinkedId"));
        boolean originatedChannel = isOriginated(event.get("UniqueId"), linkedId);
        // A call has two bridges (config/asterisk/extensions.conf): the customer's phone and the Local channel's ;2
        // half bridge as soon as the customer answers; the originated half (;1, whose Uniqueid is the Linkedid)
        // and the operator's phone only once the operator answers. Only that second bridge is talk.
        if (event.is("BridgeEnter")) {
            return originatedChannel && number(event.get("BridgeNumChannels")) >= 2
                    ? Optional.of(new Fact(CallEvent.Type.BRIDGED, at, linkedId, null, null, hint))
                    : Optional.empty();
        }
        if (event.is("BridgeLeave")) {
            return originatedChannel
                    ? Optional.of(new Fact(CallEvent.Type.BRIDGE_LEFT, at, linkedId, null, null, hint))
                    : Optional.empty();
        }
        if (event.is("Hangup") && originatedChannel) {
            return Optional.of(new Fact(CallEvent.Type.ENDED, at, linkedId, event.get("Channel"), event.get("Cause"),
                    hint));
        }
        return Optional.empty();
    }

    private static Optional<Fact> dial(AmiEvent event, Instant at, String hint) {
        boolean begin = event.is("DialBegin");
        String status = event.get("DialStatus");
        if (event.get("Channel") == null) {
            // the originate ringing the customer: only Dest* fields, the customer's leg is the destination
            String linkedId = known(event.get("DestLinkedId"), event.get("DestUniqueId"));
            if (begin) {
                return Optional.of(new Fact(CallEvent.Type.CUSTOMER_RINGING, at, linkedId, event.get("DestChannel"),
                        null, hint));
            }
            return Optional.of("ANSWER".equalsIgnoreCase(status)
                    ? new Fact(CallEvent.Type.CUSTOMER_ANSWERED, at, linkedId, event.get("DestChannel"), null, hint)
                    : new Fact(CallEvent.Type.CUSTOMER_FAILED, at, linkedId, null, status, hint));
        }
        String linkedId = known(event.get("LinkedId"));
        if (!isOriginated(event.get("UniqueId"), linkedId)) {
            return Optional.empty();
        }
        if (begin) {
            return Optional.of(new Fact(CallEvent.Type.OPERATOR_RINGING, at, linkedId, event.get("Channel"), null,
                    hint));
        }
        return Optional.of("ANSWER".equalsIgnoreCase(status)
                ? new Fact(CallEvent.Type.OPERATOR_ANSWERED, at, linkedId, event.get("Channel"), null, hint)
                : new Fact(CallEvent.Type.OPERATOR_FAILED, at, linkedId, event.get("Channel"), status, hint));
    }

    /** Asterisk's originate failure reasons (OriginateResponse Reason). */
    static String originateFailure(String reason) {
        return switch (reason == null ? "" : reason.strip()) {
            case "1" -> "HANGUP";
            case "3" -> "NO_ANSWER";
            case "5" -> "BUSY";
            case "8" -> "CONGESTION";
            default -> "FAILED";
        };
    }

    private static String known(String... candidates) {
        for (String candidate : candidates) {
            String value = blankToNull(candidate);
            if (value != null && !"<unknown>".equals(value)) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
