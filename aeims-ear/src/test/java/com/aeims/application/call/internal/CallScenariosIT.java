package com.aeims.application.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerBalances;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.ServerReload;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Paid calls end to end (see {@link PaidCallIT}): prices, settlement, many calls at once, repeated and reordered
 * events, the ways a PBX names a call, failures, the balance limit, a busy operator, the AMI link and the server
 * going away while a call ends.
 */
class CallScenariosIT extends PaidCallIT {

    @Test
    void aBridgedCallOfTwoMinutesFiveSecondsIsChargedThreeMinutesAndTheConnectFeeOnce() throws Exception {
        credit(2_000);
        // through Local channels: those recordings have the Cdr events the recording's file comes in
        String callId = startCall(CallScript.bridgedThroughLocalChannels(Duration.ofSeconds(125))
                .recordedTo("aeims/125s.wav"));

        JsonObject call = settled(callId);

        assertEquals("ended", call.getString("status"));
        assertEquals(125, call.getInt("duration_seconds"));
        assertEquals(3, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("12.96").compareTo(dollars(call, "charged")), "0.99 + 3 x 3.99");
        assertFalse(call.containsKey("operator_earnings"), "customers do not see the operator's share");
        assertEquals(2_000 - 1_296, balanceCents());
        assertEquals(0, heldCents(), "the rest of the hold went back");
        assertEquals(1_036, operatorEarningsCents(), "80% of 12.96 rounded down");
        assertEquals(1, postingsFor(callId));
        assertEquals("ONLINE", operatorAvailability(), "free for the next call");
        Map<String, String> originate = pbx.actionsReceived().stream()
                .filter(a -> "Originate".equalsIgnoreCase(a.get("action")) && a.get("actionid").endsWith(callId))
                .findFirst().orElseThrow();
        assertTrue(originate.get("channel").contains(phone), "the customer is rung first: " + originate);
        assertTrue(originate.get("callerid").contains("+18885550100"), "platform number as caller id: " + originate);
        Eventually.await(Duration.ofSeconds(10), "the recording the PBX reported",
                () -> ("api/calls/" + callId + "/recording").equals(status(callId).getString("recording_url", "")));
    }

    @Test
    void callsThatEndTogetherAreEachSettledOnceAndTheirOperatorsAreFreeAgain() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        Map<String, ApiClient> callers = new HashMap<>();
        Map<String, Long> operatorOfCall = new HashMap<>();
        pbx.holdCalls(true);
        try {
            for (int i = 0; i < 6; i++) {
                ApiClient caller = new ApiClient(baseUri());
                String email = TestAccounts.registerCustomer(setup);
                assertEquals(200, caller.login(email, TestAccounts.PASSWORD).status());
                TestAccounts.credit(admin, TestAccounts.idOf(email), 3_000);
                long operator = TestAccounts.createCallableOperator(setup);
                String number = SimulatedPbx.uniqueNumber();
                TestAccounts.confirmPhone(caller, number);
                pbx.script(number, CallScript.bridged(Duration.ofSeconds(61)));
                ApiClient.Reply started = caller.post("api/calls/initiate", Prices.callRequest(caller, operator)
                        .add("customer_phone", number).build().toString());
                assertEquals(200, started.status(), started.body());
                callers.put(started.json().getString("call_id"), caller);
                operatorOfCall.put(started.json().getString("call_id"), operator);
            }
            Eventually.await(Duration.ofSeconds(30), "all six calls placed", () -> pbx.heldCallCount() == 6);
            pbx.releaseHeldCalls();
        } finally {
            pbx.holdCalls(false);
        }

        for (Map.Entry<String, ApiClient> call : callers.entrySet()) {
            Eventually.await(Duration.ofSeconds(30), "call " + call.getKey() + " settled", () -> call.getValue()
                    .get("api/calls/status?call_id=" + call.getKey()).json().getBoolean("settled"));
            JsonObject settled = call.getValue().get("api/calls/status?call_id=" + call.getKey()).json();
            assertEquals(0, new BigDecimal("8.97").compareTo(dollars(settled, "charged")), "0.99 + 2 x 3.99");
            assertEquals(1, postingsFor(call.getKey()));
            assertEquals(3_000 - 897, call.getValue().get("api/balance").json().getJsonNumber("balance")
                    .bigDecimalValue().movePointRight(2).longValueExact());
            assertEquals(717, LedgerBalances.operatorEarningsCents(operatorOfCall.get(call.getKey())));
            assertEquals("ONLINE", availabilityOf(operatorOfCall.get(call.getKey())));
        }
    }

    @Test
    void duplicatedAndReorderedEventsSettleTheCallExactlyOnce() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridged(Duration.ofSeconds(59)).duplicatedAndReordered(7));

        JsonObject call = settled(callId);

        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(0, new BigDecimal("4.98").compareTo(dollars(call, "charged")));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(398, operatorEarningsCents());
        assertEquals(1, postingsFor(callId));
    }

    @Test
    void eventsWithoutTheCallIdVariableNameTheirCallByTheLinkedidTheOriginateChose() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedWithoutChannelVariables(Duration.ofSeconds(61))
                .duplicatedAndReordered(11));

        JsonObject call = settled(callId);

        assertEquals("ended", call.getString("status"));
        assertEquals(2, call.getInt("billed_minutes"));
        assertEquals(2_000 - (99 + 2 * 399), balanceCents());
        assertEquals(1, postingsFor(callId));
        assertEquals(0, linksLearnedFor(callId), "no Linkedid had to be learned");
    }

    @Test
    void eventsWithoutTheCallIdVariableFromAPbxIgnoringChannelIdAreMatchedThroughTheOriginateResponse()
            throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedWithoutChannelVariables(Duration.ofSeconds(61))
                .ignoringChannelIds());

        JsonObject call = settled(callId);

        assertEquals("ended", call.getString("status"));
        assertEquals(2, call.getInt("billed_minutes"));
        assertEquals(2_000 - (99 + 2 * 399), balanceCents());
        assertEquals(1, linksLearnedFor(callId));
    }

    private static long linksLearnedFor(String callId) throws Exception {
        try (Connection db = EmbeddedDatabase.connect();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM call_link WHERE call_ref = ?")) {
            count.setString(1, callId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aCustomerWhosePhoneIsBusyPaysNothingAndGetsTheHoldBack() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded("d1-customer-busy"));

        JsonObject call = settled(callId);

        assertEquals("failed", call.getString("status"));
        assertEquals("customer_busy", call.getString("end_reason"));
        assertEquals(0, dollars(call, "charged").signum());
        assertEquals(2_000, balanceCents());
        assertEquals(0, heldCents());
        assertEquals(0, operatorEarningsCents());
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void anOperatorWhoDoesNotAnswerCostsTheCustomerNothing() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.recorded("c1-operator-noanswer"));

        JsonObject call = settled(callId);

        assertEquals("failed", call.getString("status"));
        assertEquals("operator_noanswer", call.getString("end_reason"));
        assertEquals(2_000, balanceCents());
        assertEquals(0, operatorEarningsCents());
    }

    @Test
    void aCallIsCutWhereTheBalanceEndsAndNeverCostsMoreThanItHeld() throws Exception {
        credit(500);
        // one paid minute fits: 0.99 + 3.99 = 4.98 is held; the parties would talk five minutes
        String callId = startCall(CallScript.bridged(Duration.ofMinutes(5)).realTalk(Duration.ofMillis(2500)));

        JsonObject call = settled(callId);

        assertTrue(pbx.actionsReceived().stream().anyMatch(a -> "AbsoluteTimeout".equalsIgnoreCase(a.get("action"))
                && Integer.parseInt(a.get("timeout")) <= 60), "the PBX was told to cut the call at the limit");
        assertEquals(1, call.getInt("billed_minutes"));
        assertTrue(call.getInt("duration_seconds") <= 60, call.toString());
        assertEquals(0, new BigDecimal("4.98").compareTo(dollars(call, "charged")));
        assertEquals(2, balanceCents());
    }

    @Test
    void aCustomerWhoCannotPayTheConnectFeeAndOneMinuteIsRefusedAndNothingIsHeld() throws Exception {
        credit(497);
        pbx.script(phone, CallScript.bridged(Duration.ofSeconds(10)));
        int originatesBefore = pbx.originatesReceived();

        ApiClient.Reply reply = initiate();

        assertEquals(402, reply.status(), reply.body());
        assertEquals("INSUFFICIENT_FUNDS", reply.json().getString("code"));
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(497, balanceCents());
        assertEquals(0, heldCents());
        assertEquals(originatesBefore, pbx.originatesReceived(), "nothing was dialled");
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void anOperatorOnACallIsBusyUntilItIsHungUpAndThenSettled() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedUntilEnded());
        talkForTwoSeconds(callId);
        assertEquals("BUSY", operatorAvailability());

        ApiClient.Reply second = initiate();
        assertEquals(409, second.status(), second.body());
        assertEquals("OPERATOR_BUSY", second.json().getString("code"));

        ApiClient.Reply hangup = customer.post("api/calls/" + callId + "/hangup", "{}");
        assertEquals(200, hangup.status(), hangup.body());
        JsonObject call = settled(callId);
        assertEquals("ended", call.getString("status"));
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void aCallThatEndsWhileTheAmiLinkIsDownIsBilledAsThePbxLoggedIt() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedUntilEnded());
        talkForTwoSeconds(callId);

        try (AutoCloseable outage = pbx.outage()) {
            Eventually.await(Duration.ofSeconds(10), "three seconds into the outage", () -> talked(callId) >= 5);
            pbx.endCall(phone);
            Eventually.await(Duration.ofSeconds(10), "the PBX ended the call", () -> pbx.liveCallCount() == 0);
        }

        JsonObject call = settled(callId);
        assertEquals("ended", call.getString("status"));
        assertTrue(call.getInt("duration_seconds") >= 5, "the talk after the link was lost counts: " + call);
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(1, postingsFor(callId));
        assertEquals("ONLINE", operatorAvailability());
    }

    @Test
    void aCallThatEndsWhileTheAmiLinkIsDownAndThePbxCouldNotLogItIsBilledUntilTheLinkWasLost() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedUntilEnded());
        talkForTwoSeconds(callId);

        long talkedWhenLost;
        try (AutoCloseable logDown = SimulatedPbx.channelEventLogDown(); AutoCloseable outage = pbx.outage()) {
            talkedWhenLost = talked(callId);
            Eventually.await(Duration.ofSeconds(10), "three seconds into the outage",
                    () -> talked(callId) >= talkedWhenLost + 3);
            pbx.endCall(phone);
            Eventually.await(Duration.ofSeconds(10), "the PBX ended the call", () -> pbx.liveCallCount() == 0);
        }

        JsonObject call = settled(callId);
        assertEquals("ended", call.getString("status"));
        assertTrue(call.getInt("duration_seconds") <= talkedWhenLost + 1, "cut where the link was lost: " + call);
        assertEquals(1, call.getInt("billed_minutes"));
        assertEquals(2_000 - 498, balanceCents());
        assertEquals(1, postingsFor(callId));
    }

    @Test
    void aCallThatEndsWhileTheServerRestartsIsSettledOnceAsThePbxLoggedIt() throws Exception {
        credit(2_000);
        String callId = startCall(CallScript.bridgedUntilEnded());
        talkForTwoSeconds(callId);
        long talkedBefore = talked(callId);

        long restartSeconds;
        try (AutoCloseable outage = pbx.outage()) {
            long restartStarted = System.nanoTime();
            ServerReload.reload(baseUri());
            restartSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartStarted);
            // the call ends while the server has no AMI session: nothing of the end is ever heard
            pbx.endCall(phone);
            Eventually.await(Duration.ofSeconds(10), "the PBX ended the call", () -> pbx.liveCallCount() == 0);
        }

        // sessions do not survive a restart
        customer = new ApiClient(baseUri());
        assertEquals(200, customer.login(customerEmail, TestAccounts.PASSWORD).status());
        JsonObject call = settled(callId);
        assertEquals("ended", call.getString("status"));
        assertEquals(1, postingsFor(callId), "settled once");
        int talked = call.getInt("duration_seconds");
        assertTrue(talked >= talkedBefore + restartSeconds, "the whole talk, as the PBX logged it: " + call);
        int minutes = call.getInt("billed_minutes");
        assertEquals((talked + 59) / 60, minutes);
        long charged = dollars(call, "charged").movePointRight(2).longValueExact();
        assertEquals(99 + 399L * minutes, charged);
        assertEquals(2_000 - charged, balanceCents());
        assertEquals(0, heldCents(), "the rest of the hold is back");
        assertEquals("ONLINE", operatorAvailability());
    }
}
