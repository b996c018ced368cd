package com.aeims.infrastructure.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallState;
import com.aeims.jca.asterisk.api.AmiEvent;
import com.aeims.jca.asterisk.peer.AmiTranscript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every recorded Asterisk 22 call, read by the fact reader into the call's state machine: connected or not, talk time
 * and why it ended come out as the phones did it, in the recorded order and in any order that keeps each channel's
 * own events in order (all AMI promises), with events repeated. The contract recordings are calls through the
 * project's own dialplan with PJSIP phones (two bridges a call); the others are Local-channel calls.
 */
class RecordedCallsProperties {

    private static final Instant REQUESTED = Instant.parse("2026-11-21T00:00:00Z");

    /** What the phones did in a recording, as AEIMS must see it. */
    private record Expected(String transcript, boolean connected, long talkSeconds, String endReason) {
    }

    private static final List<Expected> RECORDINGS = List.of(
            // the operator's phone rang 5 s, then talked 7 s: the first 5 s are not talk, though a bridge had formed
            new Expected("contract/g1-operator-rings-5s-then-talks-7s", true, 7, null),
            new Expected("contract/g2-operator-busy", false, 0, "OPERATOR_BUSY"),
            new Expected("contract/g3-operator-noanswer", false, 0, "OPERATOR_NOANSWER"),
            new Expected("contract/g4-customer-busy", false, 0, "CUSTOMER_BUSY"),
            new Expected("contract/g5-customer-hangs-up", true, 9, null),
            new Expected("contract/g6-absolutetimeout-action", true, 4, null),
            new Expected("a-operator-hangs-up", true, 5, null),
            new Expected("a2-local-channelvars-inherited-var", true, 5, null),
            new Expected("b-customer-hangs-up", true, 7, null),
            new Expected("c1-operator-noanswer", false, 0, "OPERATOR_NOANSWER"),
            new Expected("c2-operator-busy", false, 0, "OPERATOR_BUSY"),
            new Expected("d1-customer-busy", false, 0, "CUSTOMER_BUSY"),
            new Expected("d4-customer-congestion", false, 0, "CUSTOMER_CONGESTION"),
            // AbsoluteTimeout of 4 s sent a second into the talk
            new Expected("e1-absolutetimeout-action", true, 5, null),
            new Expected("e2-timeout-absolute-dialplan", true, 4, null));

    @Example
    void eachRecordingInItsRecordedOrderIsReadAsThePhonesDidIt() {
        for (Expected expected : RECORDINGS) {
            assertReadAsRecorded(expected, events(expected.transcript()));
        }
    }

    @Property(tries = 200)
    void anyOrderKeepingEachChannelsOwnOrderAndAnyRepeatsReadTheSame(@ForAll long seed) {
        Random random = new Random(seed);
        for (Expected expected : RECORDINGS) {
            List<AmiEvent> events = interleaved(events(expected.transcript()), random);
            for (int i = random.nextInt(6); i > 0; i--) {
                int at = random.nextInt(events.size());
                events.add(at, events.get(at));
            }
            assertReadAsRecorded(expected, events);
        }
    }

    private static void assertReadAsRecorded(Expected expected, List<AmiEvent> events) {
        Call call = new Call("recorded", 1, 2, null, 3, 399, 99, 80, 0, 600, "+15550100201", "+15550227201",
                REQUESTED);
        for (AmiEvent event : events) {
            AmiCallFacts.of(event).ifPresent(fact -> call.apply(fact.toEvent("recorded")));
        }
        String what = expected.transcript() + " read from " + names(events);
        assertEquals(expected.connected(), call.connected(), what);
        assertEquals(expected.connected() ? CallState.ENDED : CallState.FAILED, call.getState(), what);
        assertEquals(expected.talkSeconds(), call.talkSecondsSoFar(Instant.now()), what);
        if (expected.endReason() != null) {
            assertEquals(expected.endReason(), call.getEndReason(), what);
        }
    }

    /** The recorded events after the Originate, as the adapter delivers them (field names in lower case). */
    private static List<AmiEvent> events(String transcript) {
        List<AmiEvent> events = new ArrayList<>();
        boolean originated = false;
        for (AmiTranscript.Packet packet : AmiTranscript.load(transcript).packets()) {
            originated |= "Originate".equalsIgnoreCase(packet.action());
            String name = packet.get("Event");
            if (originated && name != null && packet.direction() == AmiTranscript.Direction.FROM_SERVER) {
                events.add(asDelivered(name, packet));
            }
        }
        return events;
    }

    private static AmiEvent asDelivered(String name, AmiTranscript.Packet packet) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        for (String[] header : packet.headers()) {
            if (header[0].equalsIgnoreCase("ChanVariable") && header[1].contains("=")) {
                variables.put(header[1].substring(0, header[1].indexOf('=')),
                        header[1].substring(header[1].indexOf('=') + 1));
            } else {
                fields.putIfAbsent(header[0].toLowerCase(Locale.ROOT), header[1]);
            }
        }
        String timestamp = packet.get("Timestamp");
        Instant asteriskTime = timestamp == null ? null
                : Instant.ofEpochSecond(0, Math.round(Double.parseDouble(timestamp) * 1_000_000d) * 1_000L);
        // recordings without Timestamp headers: the recording's own clock stands for Asterisk's
        Instant received = REQUESTED.plusNanos(Math.round(packet.at() * 1_000_000_000d));
        return new AmiEvent(name, fields, variables, received, asteriskTime);
    }

    /** A random interleaving of the channels' event sequences, each channel's events still in their order. */
    private static List<AmiEvent> interleaved(List<AmiEvent> events, Random random) {
        Map<String, List<AmiEvent>> byChannel = new LinkedHashMap<>();
        for (AmiEvent event : events) {
            String channel = event.get("Channel") != null ? event.get("Channel")
                    : event.get("DestChannel") != null ? event.get("DestChannel") : "";
            byChannel.computeIfAbsent(channel, k -> new ArrayList<>()).add(event);
        }
        List<List<AmiEvent>> queues = new ArrayList<>(byChannel.values());
        List<AmiEvent> result = new ArrayList<>();
        while (!queues.isEmpty()) {
            int pick = random.nextInt(queues.size());
            result.add(queues.get(pick).remove(0));
            if (queues.get(pick).isEmpty()) {
                queues.remove(pick);
            }
        }
        return result;
    }

    private static List<String> names(List<AmiEvent> events) {
        return events.stream().map(AmiEvent::name).filter(n -> !n.startsWith("New") && !n.equals("VarSet")).toList();
    }
}
