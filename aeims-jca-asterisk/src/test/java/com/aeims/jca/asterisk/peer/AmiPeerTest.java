package com.aeims.jca.asterisk.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.CdrEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The AMI peer against asterisk-java, a real AMI client: if it is fooled, the adapter's tests mean something. */
class AmiPeerTest {

    private AmiPeer peer;
    private ManagerConnection connection;

    @AfterEach
    void close() throws Exception {
        if (connection != null && connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
        peer.close();
    }

    private List<ManagerEvent> connect(String scenario) throws Exception {
        peer = new AmiPeer("aeims", "test-secret", List.of(AmiTranscript.load(scenario)));
        connection = new ManagerConnectionFactory("127.0.0.1", peer.port(), "aeims", "test-secret")
                .createManagerConnection();
        List<ManagerEvent> events = new CopyOnWriteArrayList<>();
        connection.addEventListener(events::add);
        connection.login();
        return events;
    }

    private static OriginateAction originate(String callId) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/cust-long@lab");
        originate.setContext("lab");
        originate.setExten("bridge-a");
        originate.setPriority(1);
        originate.setTimeout(15_000L);
        originate.setAsync(true);
        originate.setVariable("AEIMS_CALL_ID", callId);
        return originate;
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 10 s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static <T> long count(List<ManagerEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).count();
    }

    @Test
    void aBridgedCallReplaysItsRecordedEventsUnderTheClientsCallId() throws Exception {
        List<ManagerEvent> events = connect("a-operator-hangs-up");
        ManagerResponse queued = connection.sendAction(originate("call-42"));
        assertEquals("Success", queued.getResponse());
        assertEquals("Originate successfully queued", queued.getMessage());

        await("both legs hang up", () -> count(events, HangupEvent.class) == 4);
        assertEquals(2, count(events, BridgeEnterEvent.class));
        assertTrue(count(events, CdrEvent.class) >= 2);
        OriginateResponseEvent response = events.stream().filter(OriginateResponseEvent.class::isInstance)
                .map(OriginateResponseEvent.class::cast).findFirst().orElseThrow();
        assertEquals("Success", response.getResponse());
        assertTrue(events.stream().filter(VarSetEvent.class::isInstance).map(VarSetEvent.class::cast)
                .anyMatch(v -> "AEIMS_CALL_ID".equals(v.getVariable()) && "call-42".equals(v.getValue())),
                "the recorded call id is replaced by the client's");
    }

    @Test
    void aCustomerWhoIsBusyGetsAFailedOriginateResponseMatchedOnlyByActionId() throws Exception {
        List<ManagerEvent> events = connect("d1-customer-busy");
        OriginateAction originate = originate("call-7");
        originate.setChannel("Local/cust-busy@lab");
        originate.setActionId("mine-1");
        connection.sendAction(originate);
        await("the originate fails", () -> count(events, OriginateResponseEvent.class) == 1);
        OriginateResponseEvent failed = events.stream().filter(OriginateResponseEvent.class::isInstance)
                .map(OriginateResponseEvent.class::cast).findFirst().orElseThrow();
        assertEquals("Failure", failed.getResponse());
        assertNull(failed.getUniqueId(), "Asterisk sends <unknown>, which asterisk-java reads as null");
        assertEquals("Local/cust-busy@lab", failed.getChannel(), "only the requested dial string");
        assertEquals("mine-1", failed.getActionId());
    }

    @Test
    void afterADroppedConnectionTheClientReconnectsAndFindsTheLiveCallWithCoreShowChannels() throws Exception {
        peer = new AmiPeer("aeims", "test-secret", List.of(AmiTranscript.load("f-reconnect-conn1"),
                AmiTranscript.load("f-reconnect-conn2")));
        connection = new ManagerConnectionFactory("127.0.0.1", peer.port(), "aeims", "test-secret")
                .createManagerConnection();
        connection.login();
        connection.sendAction(originate("c-123"));

        peer.dropConnections();
        await("asterisk-java reconnects by itself", () -> peer.connectionsAccepted() == 2
                && connection.getState() == ManagerConnectionState.CONNECTED);
        ResponseEvents channels = connection.sendEventGeneratingAction(new CoreShowChannelsAction());
        List<CoreShowChannelEvent> live = channels.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                .map(CoreShowChannelEvent.class::cast).toList();
        assertEquals(4, live.size(), "both Local channel pairs of the live call; AMI replays no missed events");
    }

    @Test
    void aWrongSecretIsRefusedAsAsteriskRefusesIt() throws Exception {
        peer = new AmiPeer("aeims", "test-secret", List.of(AmiTranscript.load("a-operator-hangs-up")));
        ManagerConnection wrong = new ManagerConnectionFactory("127.0.0.1", peer.port(), "aeims", "guess")
                .createManagerConnection();
        assertThrows(AuthenticationFailedException.class, wrong::login);
    }
}
