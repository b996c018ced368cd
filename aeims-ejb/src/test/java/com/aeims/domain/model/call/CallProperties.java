package com.aeims.domain.model.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The call state machine takes facts: any order, any repeats, the same call at the end. */
class CallProperties {

    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

    private static Call newCall(int maxSeconds) {
        return new Call("call_test", 1, 2, null, 3, 399, 99, 80, 0, maxSeconds, "+15550001", "+15550002", START);
    }

    private static CallEvent event(CallEvent.Type type, long millis) {
        return new CallEvent("call_test", type, START.plusMillis(millis), "1795236114.55",
                "Local/+15550001@aeims-customer-00000014;1", null);
    }

    /** A bridged call as Asterisk reports it: ringing, answers, talk, then the bridge is left and the leg hangs up. */
    private static List<CallEvent> bridgedCall(long talkMillis, long hangupLagMillis) {
        return List.of(event(CallEvent.Type.CUSTOMER_RINGING, 0), event(CallEvent.Type.CUSTOMER_ANSWERED, 2_000),
                event(CallEvent.Type.OPERATOR_RINGING, 2_010), event(CallEvent.Type.OPERATOR_ANSWERED, 6_000),
                event(CallEvent.Type.BRIDGED, 6_001), event(CallEvent.Type.BRIDGE_LEFT, 6_001 + talkMillis),
                event(CallEvent.Type.ENDED, 6_001 + talkMillis + hangupLagMillis));
    }

    @Property
    void anyOrderAndAnyRepeatsGiveTheSameTalkTimeAndOneSettlementDecision(
            @ForAll @LongRange(min = 0, max = 3_600_000) long talkMillis,
            @ForAll @LongRange(min = 0, max = 20) long hangupLagMillis, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 7) int repeats) {
        List<CallEvent> events = new ArrayList<>(bridgedCall(talkMillis, hangupLagMillis));
        Random random = new Random(seed);
        for (int i = 0; i < repeats; i++) {
            events.add(events.get(random.nextInt(7)));
        }
        Collections.shuffle(events, random);
        Call call = newCall(7_200);

        Long talkWhenSettling = null;
        boolean waitingForGrace = false;
        for (CallEvent event : events) {
            Call.Outcome outcome = call.apply(event);
            if (outcome == Call.Outcome.SETTLE_NOW && talkWhenSettling == null) {
                talkWhenSettling = call.talkSecondsSoFar(START);
            }
            waitingForGrace |= outcome == Call.Outcome.SETTLE_AFTER_GRACE;
        }
        if (talkWhenSettling == null) {
            assertTrue(waitingForGrace, "an ended call is settled now or after the grace period");
            assertEquals(Call.Outcome.SETTLE_NOW, call.apply(CallEvent.of("call_test", CallEvent.Type.SETTLE_DUE,
                    START)));
            talkWhenSettling = call.talkSecondsSoFar(START);
        }
        long expected = Math.min(talkMillis / 1000, 7_200);
        // the operator's answer starts the talk 1 ms before the bridge; hanging up may trail leaving the bridge
        assertTrue(talkWhenSettling >= expected && talkWhenSettling <= Math.min(expected + 1, 7_200),
                "talk " + talkWhenSettling + " s, expected about " + expected + " s");
        assertEquals(CallState.ENDED, call.getState());
        assertTrue(call.connected());
    }

    @Example
    void aCallEndedBeforeTheOperatorsOutcomeIsKnownWaitsForItOrForTheGracePeriod() {
        Call call = newCall(600);
        call.apply(event(CallEvent.Type.CUSTOMER_ANSWERED, 1_000));
        assertEquals(Call.Outcome.SETTLE_AFTER_GRACE, call.apply(event(CallEvent.Type.ENDED, 90_000)));
        assertEquals(Call.Outcome.SETTLE_NOW, call.apply(event(CallEvent.Type.OPERATOR_ANSWERED, 5_000)));
        assertEquals(85, call.talkSecondsSoFar(START));
    }

    @Example
    void aFailedCustomerLegEndsTheCallUnconnected() {
        Call call = newCall(600);
        assertEquals(Call.Outcome.SETTLE_NOW, call.apply(new CallEvent("call_test", CallEvent.Type.CUSTOMER_FAILED,
                START.plusSeconds(20), null, null, "BUSY")));
        assertEquals(CallState.FAILED, call.getState());
        assertEquals(0, call.talkSecondsSoFar(START.plusSeconds(100)));
        call.settled(0, 0, 0, 0, 0, 9, START.plusSeconds(21));
        assertEquals("CUSTOMER_BUSY", call.getEndReason());
        assertEquals(Call.Outcome.ALREADY_SETTLED, call.apply(event(CallEvent.Type.ENDED, 21_000)));
    }

    @Example
    void talkTimeNeverExceedsWhatTheHoldCovers() {
        Call call = newCall(60);
        bridgedCall(300_000, 0).forEach(call::apply);
        assertEquals(60, call.talkSecondsSoFar(START));
    }

    @Example
    void theStateFollowsTheFurthestFactKnown() {
        Call call = newCall(600);
        assertEquals(CallState.REQUESTED, call.getState());
        call.apply(event(CallEvent.Type.OPERATOR_RINGING, 3_000));
        assertEquals(CallState.OPERATOR_RINGING, call.getState());
        call.apply(event(CallEvent.Type.CUSTOMER_RINGING, 0));
        assertEquals(CallState.OPERATOR_RINGING, call.getState(), "an earlier fact arriving late does not go back");
        assertEquals(Call.Outcome.BRIDGED_NOW, call.apply(event(CallEvent.Type.BRIDGED, 4_000)));
        assertEquals(Call.Outcome.RECORDED, call.apply(event(CallEvent.Type.BRIDGED, 4_000)));
        assertNotNull(call.getCustomerChannel());
        assertEquals("1795236114.55", call.getLinkedId());
    }
}
