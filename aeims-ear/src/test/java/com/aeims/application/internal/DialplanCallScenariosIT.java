package com.aeims.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.PaidCallIT;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calls through the platform's own dialplan as a real Asterisk 22 made them with PJSIP phones (the contract
 * recordings): two bridges a call, the customer's phone bridged with the Local channel's other half as soon as the
 * customer answers, the operator's only when the operator answers. Only the operator's talk is billed; a call the
 * operator never answered costs nothing and frees everything at once.
 */
class DialplanCallScenariosIT extends PaidCallIT {

    private static final String RECORDINGS = "contract/";

    private void assertCostNothingAndFreedEverything(JsonObject call, String reason) throws Exception {
        assertEquals("failed", call.getString("status"));
        assertEquals(reason, call.getString("end_reason"));
        assertEquals(0, call.getInt("duration_seconds"));
        assertEquals(0, dollars(call, "charged").signum(), "not even the connect fee");
        assertEquals(2_000, balanceCents());
        assertEquals(0, heldCents(), "the hold went back");
        assertEquals(0, operatorEarningsCents());
        assertEquals("ONLINE", operatorAvailability(), "free for the next call");
    }

    @Test
    void anOperatorWhosePhoneRangFiveSecondsThenTalkedSevenPaysForSevenSecondsOfTalk() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded(CallScript.OPERATOR_RINGS_THEN_TALKS));

        JsonObject call = settled(callId);

        assertEquals("ended", call.getString("status"));
        assertEquals(7, call.getInt("duration_seconds"), "from the operator's answer, not the customer's");
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("4.98").compareTo(dollars(call, "charged")), "0.99 + 1 x 3.99");
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(0, heldCents());
        assertEquals(398, operatorEarningsCents(), "80% of 4.98 rounded down");
        assertEquals(1, postingsFor(callId));
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void anOperatorWhosePhoneRingsTwentySecondsThenTalksFortyFivePaysOneMinute() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridged(Duration.ofSeconds(45)).ringing(Duration.ofSeconds(20))
                .realTalk(Duration.ofMillis(20)));

        JsonObject call = settled(callId);

        assertEquals(45, call.getInt("duration_seconds"));
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(2_000 - 498, balanceCents());
    }

    @ParameterizedTest
    @CsvSource({"g2-operator-busy, operator_busy", "g3-operator-noanswer, operator_noanswer",
            "g4-customer-busy, customer_busy"})
    void aCallTheOperatorNeverAnsweredCostsNothingWhateverBridgeTheCustomerWasIn(String recording, String reason)
            throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded(RECORDINGS + recording));

        assertCostNothingAndFreedEverything(settled(callId), reason);
    }

    @ParameterizedTest
    @CsvSource({"g3-operator-noanswer", "g1-operator-rings-5s-then-talks-7s"})
    void aCustomerWhoHangsUpWhileTheOperatorsPhoneRingsPaysNothing(String recording) throws Exception {
        credit(2_000);
        // the operator's phone rings half a minute, in Asterisk's clock and in real time
        String callId = startCall(CallScript.recorded(RECORDINGS + recording).ringing(Duration.ofSeconds(30))
                .realRing(Duration.ofSeconds(30)));
        Eventually.await(Duration.ofSeconds(20), "the operator's phone ringing",
                () -> "connecting".equals(status(callId).getString("status")));

        ApiClient.Reply hangup = customer.post("api/calls/" + callId + "/hangup", "{}");
        assertEquals(200, hangup.status(), hangup.body());

        assertCostNothingAndFreedEverything(settled(callId), "operator_cancel");
    }

    @ParameterizedTest
    @CsvSource({"g5-customer-hangs-up, 9", "g6-absolutetimeout-action, 4"})
    void aCallEndedByTheCustomerOrByItsCutPaysForTheTalkUntilThen(String recording, int talkSeconds)
            throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded(RECORDINGS + recording));

        JsonObject call = settled(callId);

        assertEquals("ended", call.getString("status"));
        assertEquals(talkSeconds, call.getInt("duration_seconds"));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(398, operatorEarningsCents());
    }

    @Test
    void aSeventySecondCallThatEndsDuringASixtySecondAmiOutageIsBilledTwoMinutesFromThePbxsLog() throws Exception {
        credit(2_000);
        // Asterisk's clock runs with the real one here: the outage is real, and so is the talk
        String callId = startCall(CallScript.bridged(Duration.ofSeconds(70)).ringing(Duration.ofMillis(20))
                .realTalk(Duration.ofSeconds(70)));
        Eventually.await(Duration.ofSeconds(30), "ten seconds of talk", () -> {
            JsonObject call = status(callId);
            return "answered".equals(call.getString("status")) && call.getInt("duration_seconds") >= 10;
        });

        long outageStarted = System.nanoTime();
        try (AutoCloseable outage = pbx.outage()) {
            Eventually.await(Duration.ofSeconds(90), "the call ended, unheard", () -> pbx.liveCallCount() == 0);
        }
        long outageSeconds = Duration.ofNanos(System.nanoTime() - outageStarted).toSeconds();

        JsonObject call = settled(callId);
        assertTrue(outageSeconds >= 55, "the link was down " + outageSeconds + " s");
        assertEquals("ended", call.getString("status"));
        assertEquals(70, call.getInt("duration_seconds"), "as the PBX logged it, not cut at the outage");
        assertEquals(2, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("8.97").compareTo(dollars(call, "charged")), "0.99 + 2 x 3.99");
        assertEquals(2_000 - 897, balanceCents());
        assertEquals(0, heldCents());
        assertEquals(717, operatorEarningsCents());
        assertEquals(1, postingsFor(callId));
        assertEquals("ONLINE", operatorAvailability());
        assertEquals(4, loggedRowsOfTheTalk(callId), "the PBX logged the talk's bridge and the hang-up itself");
    }

    private static long loggedRowsOfTheTalk(String callId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement rows = db.prepareStatement(
                "SELECT count(*) FROM asterisk_cel WHERE uniqueid = ? AND eventtype IN ('BRIDGE_ENTER', 'BRIDGE_EXIT', "
                        + "'HANGUP') OR uniqueid = ? AND eventtype = 'HANGUP'")) {
            rows.setString(1, "aeims-" + callId);
            rows.setString(2, "aeims-" + callId + ";2");
            try (ResultSet result = rows.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
