package com.aeims.infrastructure.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.domain.model.call.CallEvent;
import com.aeims.jca.asterisk.api.AmiEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events shaped as the adapter delivers the recorded Asterisk 22 sessions (field names in lower case). */
class AmiCallFactsTest {

    private static final String CUSTOMER_LEG = "Local/cust-long@lab-00000014;1";
    private static final Instant RECEIVED = Instant.parse("2026-11-21T04:41:54Z");

    private static AmiEvent event(String name, String callId, String... fields) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return new AmiEvent(name, map, callId == null ? Map.of() : Map.of("AEIMS_CALL_ID", callId), RECEIVED,
                null);
    }

    @Test
    void theOriginatesOwnDialWithOnlyDestFieldsIsTheCustomerRinging() {
        AmiCallFacts.Fact fact = AmiCallFacts.of(event("DialBegin", null, "destchannel", CUSTOMER_LEG,
                "destuniqueid", "1795236114.55", "destlinkedid", "1795236114.55")).orElseThrow();
        assertEquals(CallEvent.Type.CUSTOMER_RINGING, fact.type());
        assertEquals("1795236114.55", fact.linkedId());
        assertEquals(CUSTOMER_LEG, fact.customerChannel());
        assertNull(fact.callRefHint());
    }

    @Test
    void theDialToTheOperatorRunsOnTheCustomersChannel() {
        AmiCallFacts.Fact ringing = AmiCallFacts.of(event("DialBegin", "call_1", "channel", CUSTOMER_LEG,
                "uniqueid", "1795236114.55", "linkedid", "1795236114.55",
                "destchannel", "Local/op-5s@lab-00000015;1")).orElseThrow();
        assertEquals(CallEvent.Type.OPERATOR_RINGING, ringing.type());
        assertEquals("call_1", ringing.callRefHint());
        AmiCallFacts.Fact busy = AmiCallFacts.of(event("DialEnd", "call_1", "channel", CUSTOMER_LEG,
                "uniqueid", "1795236114.55", "linkedid", "1795236114.55", "dialstatus", "BUSY")).orElseThrow();
        assertEquals(CallEvent.Type.OPERATOR_FAILED, busy.type());
        assertEquals("BUSY", busy.detail());
    }

    @Test
    void aFailedOriginateNamesItsCallOnlyByActionId() {
        AmiCallFacts.Fact fact = AmiCallFacts.of(event("OriginateResponse", null, "response", "Failure",
                "actionid", "call_2", "channel", "Local/cust-busy@lab", "reason", "5")).orElseThrow();
        assertEquals(CallEvent.Type.CUSTOMER_FAILED, fact.type());
        assertEquals("call_2", fact.callRefHint());
        assertEquals("BUSY", fact.detail());
        assertNull(fact.linkedId());
    }

    @Test
    void onlyTheOriginatedLegsHangupEndsTheCall() {
        assertTrue(AmiCallFacts.of(event("Hangup", "call_1", "channel", "Local/op-5s@lab-00000015;2",
                "uniqueid", "1795236114.58", "linkedid", "1795236114.55", "cause", "16")).isEmpty());
        AmiCallFacts.Fact ended = AmiCallFacts.of(event("Hangup", "call_1", "channel", CUSTOMER_LEG,
                "uniqueid", "1795236114.55", "linkedid", "1795236114.55", "cause", "16")).orElseThrow();
        assertEquals(CallEvent.Type.ENDED, ended.type());
        assertEquals("16", ended.detail());
    }

    @Test
    void aBridgeCountsOnceBothPartiesAreInIt() {
        assertTrue(AmiCallFacts.of(event("BridgeEnter", null, "uniqueid", "1795236114.55",
                "linkedid", "1795236114.55", "bridgenumchannels", "1")).isEmpty());
        assertEquals(CallEvent.Type.BRIDGED, AmiCallFacts.of(event("BridgeEnter", null, "uniqueid", "1795236114.55",
                "linkedid", "1795236114.55", "bridgenumchannels", "2")).orElseThrow().type());
    }

    @Test
    void theBridgeOfTheCustomersPhoneWithTheLocalChannelsSecondHalfIsNoTalk() {
        String linkedId = AmiCallFacts.channelIdOf("call_4");
        assertTrue(AmiCallFacts.of(event("BridgeEnter", "call_4", "channel", "Local/+15550100201@aeims-customer;2",
                "uniqueid", linkedId + ";2", "linkedid", linkedId, "bridgenumchannels", "2")).isEmpty());
        assertTrue(AmiCallFacts.of(event("BridgeLeave", "call_4", "channel", "PJSIP/aeims-trunk-0000003a",
                "uniqueid", "1796162574.182", "linkedid", linkedId, "bridgenumchannels", "1")).isEmpty());
        assertEquals(CallEvent.Type.BRIDGE_LEFT, AmiCallFacts.of(event("BridgeLeave", "call_4", "channel",
                "Local/+15550100201@aeims-customer;1", "uniqueid", linkedId, "linkedid", linkedId,
                "bridgenumchannels", "1")).orElseThrow().type());
    }

    @Test
    void aRecordingIsReadFromTheCdrUserFieldTheDialplanSets() {
        AmiCallFacts.Fact fact = AmiCallFacts.of(event("Cdr", null, "uniqueid", "1795236114.55",
                "userfield", "recording:aeims/call_1.wav")).orElseThrow();
        assertEquals(CallEvent.Type.RECORDING, fact.type());
        assertEquals("aeims/call_1.wav", fact.detail());
        assertTrue(AmiCallFacts.of(event("Cdr", null, "uniqueid", "1795236114.55", "userfield", "")).isEmpty());
    }

    @Test
    void asterisksTimestampIsPreferredToTheTimeOfReceipt() {
        Instant asterisk = Instant.parse("2026-11-21T04:41:50.250Z");
        AmiEvent stamped = new AmiEvent("BridgeLeave", Map.of("linkedid", "1", "uniqueid", "1"), Map.of(), RECEIVED,
                asterisk);
        assertEquals(asterisk, AmiCallFacts.of(stamped).orElseThrow().at());
    }

    @Test
    void aLinkedidAeimsChoseNamesItsCallWithoutTheChannelVariable() {
        String linkedId = AmiCallFacts.channelIdOf("call_3");
        AmiCallFacts.Fact bridged = AmiCallFacts.of(event("BridgeEnter", null, "channel", CUSTOMER_LEG,
                "uniqueid", linkedId, "linkedid", linkedId, "bridgenumchannels", "2")).orElseThrow();
        assertEquals(CallEvent.Type.BRIDGED, bridged.type());
        assertEquals("call_3", bridged.callRefHint());
        AmiCallFacts.Fact ringing = AmiCallFacts.of(event("DialBegin", null, "destchannel", CUSTOMER_LEG,
                "destuniqueid", linkedId, "destlinkedid", linkedId)).orElseThrow();
        assertEquals("call_3", ringing.callRefHint());
    }

    @Test
    void aLocalChannelsSecondHalfOrAnAsteriskUniqueidNamesNoCall() {
        assertNull(AmiCallFacts.callRefIn(AmiCallFacts.channelIdOf("call_3") + ";2"));
        assertNull(AmiCallFacts.callRefIn("1795236114.55"));
        assertNull(AmiCallFacts.callRefIn("aeims-"));
        assertNull(AmiCallFacts.callRefIn(null));
        AmiCallFacts.Fact recording = AmiCallFacts.of(event("Cdr", null, "uniqueid",
                AmiCallFacts.channelIdOf("call_3") + ";2", "userfield", "recording:x.wav")).orElseThrow();
        assertNull(recording.callRefHint());
    }
}
