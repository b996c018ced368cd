package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiEvent;
import jakarta.resource.ResourceException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * The adapter's one AMI session. asterisk-java owns the socket, its reader thread and reconnecting after a drop;
 * this class makes the first login (retried on the adapter's timer until Asterisk is reachable), pings, hands
 * events to the activations and tells managed connections when the session is lost.
 */
final class AmiSession implements ManagerEventListener {

    private static final Logger LOG = Logger.getLogger(AmiSession.class.getName());

    private final AsteriskResourceAdapter settings;
    private final Timer timer;
    private final AmiEventConverter converter = new AmiEventConverter();
    private final Set<Consumer<AmiEvent>> eventSinks = new CopyOnWriteArraySet<>();
    private final Set<Runnable> lossListeners = new CopyOnWriteArraySet<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile ManagerConnection connection;
    private volatile boolean loggedInOnce;
    private volatile boolean stopped;
    private long failedAttempts;

    AmiSession(AsteriskResourceAdapter settings, Timer timer) {
        this.settings = settings;
        this.timer = timer;
    }

    void start() {
        ManagerConnection created = new ManagerConnectionFactory(settings.getHost(), settings.getPort(),
                settings.getUsername(), settings.getPassword()).createManagerConnection();
        if (created instanceof org.asteriskjava.manager.internal.ManagerConnectionImpl impl) {
            impl.setDefaultResponseTimeout(settings.getActionTimeoutMillis());
            impl.setDefaultEventTimeout(settings.getActionTimeoutMillis());
            // no byte for two ping intervals means the link is dead: asterisk-java then reconnects
            impl.setSocketReadTimeout((int) Math.min(Integer.MAX_VALUE, 2 * settings.getPingIntervalMillis()));
            impl.setKeepAliveAfterAuthenticationFailure(true);
        }
        created.registerUserEventClass(AeimsInboundEvent.class);
        created.addEventListener(this);
        connection = created;
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                loginUntilConnected(this);
            }
        }, 0, settings.getReconnectIntervalMillis());
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                ping();
            }
        }, settings.getPingIntervalMillis(), settings.getPingIntervalMillis());
    }

    private void loginUntilConnected(TimerTask attempt) {
        // the server names the adapter's timer thread after all its properties, the secret included
        Thread.currentThread().setName("aeims-ami-timer");
        if (stopped || loggedInOnce) {
            attempt.cancel();
            return;
        }
        try {
            connection.login();
            loggedInOnce = true;
            attempt.cancel();
            LOG.info(() -> "Logged in to the Asterisk manager interface at " + settings.getHost() + ":"
                    + settings.getPort() + " (" + connection.getProtocolIdentifier() + ")");
        } catch (AuthenticationFailedException refused) {
            LOG.severe(() -> "Asterisk refused the AMI login of " + settings.getUsername()
                    + ": check the secret and manager.conf; retrying");
        } catch (IOException | TimeoutException | IllegalStateException unreachable) {
            // say it once a minute or so, not at every attempt
            if (failedAttempts++ % Math.max(1, 60_000 / settings.getReconnectIntervalMillis()) == 0) {
                LOG.warning(() -> "Asterisk manager interface at " + settings.getHost() + ":" + settings.getPort()
                        + " not reachable (" + unreachable.getMessage() + "); retrying every "
                        + settings.getReconnectIntervalMillis() + " ms");
            }
        }
    }

    private void ping() {
        if (!isConnected()) {
            return;
        }
        try {
            connection.sendAction(new PingAction(), settings.getActionTimeoutMillis());
        } catch (IOException | TimeoutException | IllegalStateException failed) {
            LOG.log(Level.WARNING, "AMI ping failed; asterisk-java reconnects when the link is dead", failed);
        }
    }

    void stop() {
        stopped = true;
        ManagerConnection current = connection;
        ManagerConnectionState state = state();
        // a link being re-established must be given up too: asterisk-java's reconnect thread would otherwise outlive
        // the adapter (and its class loader, once the application is undeployed)
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                current.logoff();
            } catch (IllegalStateException alreadyGone) {
                // nothing to log off from
            }
        }
    }

    boolean isConnected() {
        return state() == ManagerConnectionState.CONNECTED;
    }

    /** asterisk-java's state of the current link; null before the first one is made. */
    ManagerConnectionState state() {
        ManagerConnection current = connection;
        return current == null ? null : current.getState();
    }

    /** Increases each time the session is lost, so a managed connection can tell it belongs to an older one. */
    long generation() {
        return generation.get();
    }

    void addEventSink(Consumer<AmiEvent> sink) {
        eventSinks.add(sink);
    }

    void removeEventSink(Consumer<AmiEvent> sink) {
        eventSinks.remove(sink);
    }

    void addLossListener(Runnable listener) {
        lossListeners.add(listener);
    }

    void removeLossListener(Runnable listener) {
        lossListeners.remove(listener);
    }

    /** Runs on asterisk-java's reader thread under its lock: convert and hand over, nothing more. */
    @Override
    public void onManagerEvent(ManagerEvent event) {
        if (event instanceof DisconnectEvent) {
            generation.incrementAndGet();
            LOG.warning("AMI connection lost; asterisk-java is reconnecting");
            lossListeners.forEach(Runnable::run);
        } else if (event instanceof ConnectEvent && loggedInOnce) {
            LOG.info("AMI connection restored");
        }
        AmiEvent converted = converter.convert(event);
        if (event instanceof ConnectEvent || event instanceof DisconnectEvent) {
            converted = new AmiEvent(event instanceof ConnectEvent ? AmiEvent.CONNECT : AmiEvent.DISCONNECT,
                    converted.fields(), Map.of(), converted.receivedAt(), null);
        }
        for (Consumer<AmiEvent> sink : eventSinks) {
            sink.accept(converted);
        }
    }

    ManagerResponse send(ManagerAction action) throws ResourceException {
        ManagerConnection current = requireConnected();
        try {
            ManagerResponse response = current.sendAction(action, settings.getActionTimeoutMillis());
            if (response instanceof ManagerError error) {
                throw new ResourceException("Asterisk refused " + action.getAction() + ": " + error.getMessage());
            }
            return response;
        } catch (IOException | TimeoutException | IllegalStateException failed) {
            throw new ResourceException("AMI " + action.getAction() + " failed: " + failed.getMessage(), failed);
        }
    }

    List<ManagerEvent> sendForEvents(EventGeneratingAction action) throws ResourceException {
        ManagerConnection current = requireConnected();
        try {
            ResponseEvents events = current.sendEventGeneratingAction(action, settings.getActionTimeoutMillis());
            if (events.getResponse() instanceof ManagerError error) {
                throw new ResourceException("Asterisk refused " + action.getAction() + ": " + error.getMessage());
            }
            return List.copyOf(events.getEvents());
        } catch (IOException | EventTimeoutException | IllegalStateException failed) {
            throw new ResourceException("AMI " + action.getAction() + " failed: " + failed.getMessage(), failed);
        }
    }

    private ManagerConnection requireConnected() throws ResourceException {
        if (!isConnected()) {
            throw new ResourceException("Not logged in to the Asterisk manager interface at " + settings.getHost()
                    + ":" + settings.getPort());
        }
        return connection;
    }
}
