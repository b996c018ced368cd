package com.aeims.application.call.internal;

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
import java.sql.SQLException;
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

    /** Fee and one minute (0.99 + 3.99), 80% of it to the operator (rounded down), hold and operator given back. */
    private void assertPaidOneMinute(String callId, JsonObject call, int talkSeconds) throws Exception {
        assertEquals("ended", call.getString("status"));
        assertEquals(talkSeconds, call.getInt("duration_seconds"));
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("4.98").compareTo(dollars(call, "charged")));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(0, heldCents());
        assertEquals(398, operatorEarningsCents());
        assertEquals(1, postingsFor(callId));
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void anOperatorWhosePhoneRangFiveSecondsThenTalkedSevenPaysForSevenSecondsOfTalk() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded(CallScript.OPERATOR_RINGS_THEN_TALKS));

        // from the operator's answer, not the customer's (5 s earlier)
        assertPaidOneMinute(callId, settled(callId), 7);
    }

    @Test
    void anOperatorWhosePhoneRingsTwentySecondsThenTalksFortyFivePaysOneMinute() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridged(Duration.ofSeconds(45)).ringing(Duration.ofSeconds(20))
                .realTalk(Duration.ofMillis(20)));

        assertPaidOneMinute(callId, settled(callId), 45);
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

        assertPaidOneMinute(callId, settled(callId), talkSeconds);
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

    @Test
    void anOperatorWhoAnswersWhileTheAmiLinkIsDownIsPaidFromTheAnswerWhenTheCallEndsAfterTheLinkIsBack()
            throws Exception {
        credit(2_000);
        // the operator's phone rings 3 s, then they talk 20 s, in Asterisk's clock and in real time
        String callId = startCall(CallScript.bridged(Duration.ofSeconds(20)).ringing(Duration.ofSeconds(3))
                .realRing(Duration.ofSeconds(3)).realTalk(Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(20), "the operator's phone ringing",
                () -> "connecting".equals(status(callId).getString("status")));

        try (AutoCloseable outage = pbx.outage()) {
            Eventually.await(Duration.ofSeconds(30), "the operator answered, unheard",
                    () -> loggedRows("aeims-" + callId, "BRIDGE_ENTER") == 1);
        }
        Eventually.await(Duration.ofSeconds(30), "the answer learned from the PBX's log once the link is back",
                () -> "answered".equals(status(callId).getString("status")));

        // the talk goes on for 20 s: from the answer nobody heard of at the time
        Eventually.await(Duration.ofSeconds(60), "call " + callId + " settled",
                () -> status(callId).getBoolean("settled"));
        assertPaidOneMinute(callId, status(callId), 20);
    }

    private static long loggedRows(String uniqueId, String eventType) {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement rows = db.prepareStatement(
                "SELECT count(*) FROM asterisk_cel WHERE uniqueid = ? AND eventtype = ?")) {
            rows.setString(1, uniqueId);
            rows.setString(2, eventType);
            try (ResultSet result = rows.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
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
