package com.aeims.jca.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.api.AmiChannel;
import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.AmiEvent;
import com.aeims.jca.asterisk.api.AmiEventListener;
import com.aeims.jca.asterisk.api.OriginateRequest;
import com.aeims.jca.asterisk.peer.AmiPbx;
import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.jca.asterisk.peer.ChannelEventSink;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.asteriskjava.manager.ManagerConnectionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter outside a server, against the simulated PBX: the container's part (timer, work manager, endpoint
 * factory) is played by plain Java, so this checks the adapter's own logic; the in-container tests check it deployed.
 */
class AsteriskResourceAdapterSessionTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final List<AmiEvent> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger endpointsCreated = new AtomicInteger();
    private final AtomicInteger endpointsReleased = new AtomicInteger();
    private AmiPbx pbx;
    private AsteriskResourceAdapter adapter;
    private AmiManagedConnectionFactory managedFactory;

    @BeforeEach
    void start() throws Exception {
        pbx = new AmiPbx("aeims", "test-secret", 0);
        adapter = new AsteriskResourceAdapter();
        adapter.setHost("127.0.0.1");
        adapter.setPort(pbx.port());
        adapter.setPassword("test-secret");
        adapter.setReconnectIntervalMillis(200L);
        adapter.setActionTimeoutMillis(3000L);
        adapter.start(bootstrapContext());
        AmiActivationSpec spec = new AmiActivationSpec();
        spec.setEventTypes("OriginateResponse,DialBegin,DialEnd,BridgeEnter,BridgeLeave,Hangup,UserEvent,Connect,"
                + "Disconnect");
        adapter.endpointActivation(endpointFactory(), spec);
        managedFactory = new AmiManagedConnectionFactory();
        managedFactory.setResourceAdapter(adapter);
        await("logged in", () -> adapter.session().isConnected());
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        pbx.close();
        workers.shutdownNow();
    }

    @Test
    void originatedCallEventsArriveInOrderWithTheCallIdAndAsteriskTime() throws Exception {
        pbx.script("+15550001", CallScript.bridged(Duration.ofSeconds(125)));
        Instant before = Instant.now();
        try (AmiConnection connection = connect()) {
            connection.originate(originate("call-1", "+15550001"));
        }
        await("customer leg hung up", () -> customerLegHangup() != null);
        // the customer leg's Hangup is not Asterisk's last: the other halves' may still be on their way
        await("both Local channel halves and both phones hung up",
                () -> delivered.stream().filter(e -> e.is("Hangup")).count() >= 4);
        List<AmiEvent> hangups = delivered.stream().filter(e -> e.is("Hangup")).toList();
        assertEquals(4, hangups.size(), "both Local channel halves and both phones, each once");
        // the talk bridge: the originated channel's with the operator's phone (the customer's phone was bridged with
        // the Local channel's other half before the operator's phone even rang)
        AmiEvent bridged = delivered.stream().filter(e -> e.is("BridgeEnter") && "2".equals(e.get("BridgeNumChannels"))
                && e.get("UniqueId").equals(e.get("LinkedId"))).findFirst().orElseThrow();
        assertEquals("call-1", bridged.channelVariable("AEIMS_CALL_ID"));
        assertEquals("aeims-call-1", bridged.get("LinkedId"), "the Linkedid the Originate chose");
        assertEquals(4, delivered.stream().filter(e -> e.is("BridgeEnter")).count(), "two bridges of two channels");
        long talk = Duration.between(bridged.occurredAt(), customerLegHangup().occurredAt()).toSeconds();
        assertTrue(talk >= 124 && talk <= 126, "Asterisk's time stamps carry the talk time, was " + talk);
        assertTrue(bridged.receivedAt().isAfter(before.minusMillis(1)));
        assertTrue(delivered.indexOf(bridged) < delivered.indexOf(customerLegHangup()), "one channel's order kept");
        AmiEvent response = delivered.stream().filter(e -> e.is("OriginateResponse")).findFirst().orElseThrow();
        assertEquals("call-1", response.get("ActionID"));
        assertEquals("Success", response.get("Response"));
        await("every endpoint released", () -> endpointsCreated.get() == endpointsReleased.get());
        assertTrue(endpointsCreated.get() > 0);
    }

    @Test
    void thePbxsChannelEventLogRecordsTheTalkOfTheOriginatedChannelWhetherOrNotASessionIsUp() throws Exception {
        List<ChannelEventSink.Row> logged = new CopyOnWriteArrayList<>();
        pbx.channelEventLog(logged::add);
        pbx.script("+15550004", CallScript.bridged(Duration.ofSeconds(70)).realTalk(Duration.ofMillis(1500)));
        try (AmiConnection connection = connect()) {
            connection.originate(originate("call-4", "+15550004"));
        }
        await("bridged", () -> logged.stream().anyMatch(row -> row.eventType().equals("BRIDGE_ENTER")
                && row.uniqueId().equals("aeims-call-4")));

        try (AutoCloseable outage = pbx.outage()) {
            await("the call ended, unheard", () -> logged.stream().anyMatch(row -> row.eventType().equals("HANGUP")
                    && row.uniqueId().equals("aeims-call-4")));
        }

        ChannelEventSink.Row enter = logged.stream().filter(row -> row.eventType().equals("BRIDGE_ENTER")
                && row.uniqueId().equals("aeims-call-4")).findFirst().orElseThrow();
        ChannelEventSink.Row exit = logged.stream().filter(row -> row.eventType().equals("BRIDGE_EXIT")
                && row.uniqueId().equals("aeims-call-4")).findFirst().orElseThrow();
        assertEquals(70.0, exit.eventTime() - enter.eventTime(), 0.1, "the talk in Asterisk's clock");
        assertTrue(logged.stream().allMatch(row -> "aeims-call-4".equals(row.linkedId())), logged.toString());
        assertEquals(4, logged.stream().filter(row -> row.eventType().equals("BRIDGE_ENTER")).count(),
                "both phones and both Local halves entered a bridge");
        assertTrue(logged.stream().anyMatch(row -> row.eventType().equals("HANGUP")
                && row.uniqueId().equals("aeims-call-4") && row.extra().contains("\"dialstatus\":\"ANSWER\"")));
        assertTrue(delivered.stream().noneMatch(e -> e.is("Hangup") && "aeims-call-4".equals(e.get("UniqueId"))),
                "no session heard the end");
    }

    @Test
    void aFailedOriginateIsReportedByActionId() throws Exception {
        pbx.script("+15550002", CallScript.recorded("d1-customer-busy"));
        try (AmiConnection connection = connect()) {
            connection.originate(originate("call-2", "+15550002"));
        }
        await("originate response", () -> delivered.stream().anyMatch(e -> e.is("OriginateResponse")));
        AmiEvent response = delivered.stream().filter(e -> e.is("OriginateResponse")).findFirst().orElseThrow();
        assertEquals("Failure", response.get("Response"));
        assertEquals("call-2", response.get("ActionID"));
        String uniqueId = response.get("UniqueId");
        assertTrue(uniqueId == null || "<unknown>".equals(uniqueId), "no channel to match it by: " + uniqueId);
    }

    @Test
    void theDialplansUserEventArrivesWithEveryHeaderAndARedirectMovesItsChannel() throws Exception {
        String caller = "PJSIP/twilio-trunk-0000004f";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Channel", caller);
        headers.put("ChannelState", "6");
        headers.put("ChannelStateDesc", "Up");
        headers.put("CallerIDNum", "+14155550123");
        headers.put("Context", "aeims-inbound-pin");
        headers.put("Exten", "s");
        headers.put("Priority", "3");
        headers.put("Uniqueid", "1765152000.17");
        headers.put("Linkedid", "1765152000.17");
        headers.put("UserEvent", "AeimsInbound");
        headers.put("Step", "pin");
        headers.put("Did", "+12125550177");
        headers.put("Caller", "+14155550123");
        headers.put("Verified", "0");

        pbx.userEvent(headers);

        await("the UserEvent delivered", () -> delivered.stream().anyMatch(e -> e.is("UserEvent")));
        AmiEvent step = delivered.stream().filter(e -> e.is("UserEvent")).findFirst().orElseThrow();
        assertEquals("AeimsInbound", step.get("UserEvent"));
        assertEquals("pin", step.get("Step"));
        assertEquals("+12125550177", step.get("Did"));
        assertEquals("+14155550123", step.get("Caller"));
        assertEquals("0", step.get("Verified"));
        assertEquals("1765152000.17", step.get("Linkedid"), "in the caller's lane, with its call's other events");
        assertEquals(caller, step.get("Channel"));

        try (AmiConnection connection = connect()) {
            connection.redirect(caller, "aeims-inbound-connect", "+12125550123", 1);
            assertThrows(ResourceException.class,
                    () -> connection.redirect("PJSIP/twilio-trunk-00000050", "aeims-inbound-say", "goodbye", 1),
                    "a caller who hung up cannot be moved");
        }
        Map<String, String> redirect = pbx.actionsReceived().stream()
                .filter(action -> "Redirect".equalsIgnoreCase(action.get("action"))).findFirst().orElseThrow();
        assertEquals(caller, redirect.get("channel"));
        assertEquals("aeims-inbound-connect", redirect.get("context"));
        assertEquals("+12125550123", redirect.get("exten"));
        assertEquals("1", redirect.get("priority"));
    }

    @Test
    void stoppingWhileTheLinkIsBeingReEstablishedEndsTheReconnectAttempts() throws Exception {
        try (AutoCloseable outage = pbx.outage()) {
            await("reconnecting", () -> adapter.session().state() == ManagerConnectionState.RECONNECTING);
            adapter.stop();
            assertEquals(ManagerConnectionState.DISCONNECTED, adapter.session().state(),
                    "no reconnect thread is left behind");
        }
    }

    @Test
    void aLostSessionBreaksPooledConnectionsAndIsReportedWhenRestored() throws Exception {
        pbx.script("+15550003", CallScript.bridgedUntilEnded());
        AmiManagedConnection managed = (AmiManagedConnection) managedFactory.createManagedConnection(null, null);
        List<ConnectionEvent> errors = new CopyOnWriteArrayList<>();
        managed.addConnectionEventListener(errorListener(errors));
        AmiConnection connection = (AmiConnection) managed.getConnection(null, null);
        connection.originate(originate("call-3", "+15550003"));
        await("bridged", () -> delivered.stream().anyMatch(e -> e.is("BridgeEnter")));
        int connectsBefore = (int) delivered.stream().filter(e -> e.is(AmiEvent.CONNECT)).count();

        try (AutoCloseable outage = pbx.outage()) {
            await("connection error raised", () -> !errors.isEmpty());
            assertEquals(ConnectionEvent.CONNECTION_ERROR_OCCURRED, errors.get(0).getId());
            assertFalse(connection.isConnected());
            assertThrows(ResourceException.class, () -> managedFactory.createManagedConnection(null, null));
        }
        await("reconnected", () -> delivered.stream().filter(e -> e.is(AmiEvent.CONNECT)).count() > connectsBefore);
        assertTrue(delivered.stream().anyMatch(e -> e.is(AmiEvent.DISCONNECT)));
        assertThrows(ResourceException.class, () -> connection.hangup("anything"), "old session's connection");
        assertEquals(null, managedFactory.matchManagedConnections(java.util.Set.of(managed), null, null));

        try (AmiConnection fresh = connect()) {
            List<AmiChannel> channels = fresh.showChannels();
            assertTrue(channels.stream().anyMatch(c -> "call-3".equals(c.variables().get("AEIMS_CALL_ID"))),
                    "the call survived the outage: " + channels);
            String customerLeg = channels.stream().filter(c -> c.uniqueId().equals(c.linkedId())).findFirst()
                    .orElseThrow().channel();
            fresh.hangup(customerLeg);
        }
        await("call ended", () -> customerLegHangup() != null);
    }

    private AmiEvent customerLegHangup() {
        return delivered.stream().filter(e -> e.is("Hangup") && e.get("UniqueId") != null
                && e.get("UniqueId").equals(e.get("LinkedId"))).findFirst().orElse(null);
    }

    private AmiConnection connect() throws ResourceException {
        AmiManagedConnection managed = (AmiManagedConnection) managedFactory.createManagedConnection(null, null);
        return (AmiConnection) managed.getConnection(null, null);
    }

    private static OriginateRequest originate(String callId, String number) {
        return new OriginateRequest(callId, "Local/" + number + "@aeims-customer/n", "aeims-bridge", "+15559999", 1,
                30_000, "\"AEIMS\" <+18885550100>", Map.of("__AEIMS_CALL_ID", callId), "aeims-" + callId,
                "aeims-" + callId + ";2");
    }

    private static ConnectionEventListener errorListener(List<ConnectionEvent> errors) {
        return (ConnectionEventListener) Proxy.newProxyInstance(ConnectionEventListener.class.getClassLoader(),
                new Class<?>[] {ConnectionEventListener.class}, (proxy, method, args) -> {
                    if (method.getName().equals("connectionErrorOccurred")) {
                        errors.add((ConnectionEvent) args[0]);
                    }
                    return null;
                });
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 15 s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private BootstrapContext bootstrapContext() {
        WorkManager workManager = (WorkManager) Proxy.newProxyInstance(WorkManager.class.getClassLoader(),
                new Class<?>[] {WorkManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("scheduleWork")) {
                        workers.execute((Work) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new BootstrapContext() {
            @Override
            public WorkManager getWorkManager() {
                return workManager;
            }

            @Override
            public XATerminator getXATerminator() {
                return null;
            }

            @Override
            public Timer createTimer() {
                return new Timer("adapter-timer", true);
            }

            @Override
            public boolean isContextSupported(Class<? extends WorkContext> type) {
                return false;
            }

            @Override
            public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
                return null;
            }
        };
    }

    private MessageEndpointFactory endpointFactory() {
        return (MessageEndpointFactory) Proxy.newProxyInstance(MessageEndpointFactory.class.getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "createEndpoint" -> {
                        endpointsCreated.incrementAndGet();
                        yield endpoint();
                    }
                    case "getActivationName" -> "test-endpoint";
                    case "isDeliveryTransacted" -> false;
                    case "getEndpointClass" -> AmiEventListener.class;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Object endpoint() {
        return Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, AmiEventListener.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "onAmiEvents" -> ((List<?>) args[0]).forEach(event -> delivered.add((AmiEvent) event));
                        case "release" -> endpointsReleased.incrementAndGet();
                        default -> {
                            return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null;
                        }
                    }
                    return null;
                });
    }

}
