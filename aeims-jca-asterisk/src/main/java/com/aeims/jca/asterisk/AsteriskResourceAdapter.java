package com.aeims.jca.asterisk;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.NotSupportedException;
import java.util.Map;
import java.util.Objects;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The Asterisk manager interface (AMI) as a JCA resource adapter: one AMI session per adapter, outbound
 * connections ({@code AmiConnectionFactory}) for actions, and inbound delivery of AMI events to message-driven
 * beans that implement {@code AmiEventListener}.
 */
@Connector(
        displayName = "AEIMS Asterisk AMI adapter",
        vendorName = "AEIMS",
        eisType = "Asterisk Manager Interface",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class AsteriskResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(AsteriskResourceAdapter.class.getName());

    @ConfigProperty(defaultValue = "localhost", description = "Host name or address of the Asterisk manager interface")
    private String host = "localhost";

    @ConfigProperty(defaultValue = "5038", description = "TCP port of the Asterisk manager interface")
    private Integer port = 5038;

    @ConfigProperty(defaultValue = "aeims", description = "AMI user from manager.conf")
    private String username = "aeims";

    @ConfigProperty(description = "AMI secret; supply it from the Elytron credential store or an env expression", confidential = true)
    private String password = "";

    @ConfigProperty(defaultValue = "20000", description = "Interval in milliseconds between AMI pings that detect a dead connection")
    private Long pingIntervalMillis = 20000L;

    @ConfigProperty(defaultValue = "10000", description = "Milliseconds to wait for an AMI action's response")
    private Long actionTimeoutMillis = 10000L;

    @ConfigProperty(defaultValue = "5000", description = "Milliseconds between login attempts until Asterisk is first reached")
    private Long reconnectIntervalMillis = 5000L;

    private final Map<ActivationKey, EventActivation> activations = new ConcurrentHashMap<>();
    private transient AmiSession session;
    private transient Timer timer;
    private transient WorkManager workManager;

    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        try {
            validate();
        } catch (InvalidPropertyException e) {
            throw new ResourceAdapterInternalException(e.getMessage(), e);
        }
        try {
            timer = context.createTimer();
        } catch (UnavailableException e) {
            throw new ResourceAdapterInternalException("No timer for AMI login and pings", e);
        }
        workManager = context.getWorkManager();
        session = new AmiSession(this, timer);
        session.addEventSink(event -> activations.values().forEach(activation -> activation.offer(event)));
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                activations.values().forEach(EventActivation::kick);
            }
        }, reconnectIntervalMillis, reconnectIntervalMillis);
        session.start();
        LOG.info(() -> "Asterisk AMI adapter started for " + username + "@" + host + ":" + port);
    }

    @Override
    public void stop() {
        activations.values().forEach(EventActivation::deactivate);
        activations.clear();
        if (session != null) {
            session.stop();
        }
        if (timer != null) {
            timer.cancel();
        }
        LOG.info("Asterisk AMI adapter stopped");
    }

    AmiSession session() {
        return session;
    }

    public void validate() throws InvalidPropertyException {
        if (host == null || host.isBlank()) {
            throw new InvalidPropertyException("host must name the Asterisk server");
        }
        if (port == null || port < 1 || port > 65535) {
            throw new InvalidPropertyException("port must be between 1 and 65535, was " + port);
        }
        if (username == null || username.isBlank()) {
            throw new InvalidPropertyException("username must name an AMI user from manager.conf");
        }
        if (pingIntervalMillis == null || pingIntervalMillis < 1000) {
            throw new InvalidPropertyException("pingIntervalMillis must be at least 1000, was " + pingIntervalMillis);
        }
        if (actionTimeoutMillis == null || actionTimeoutMillis < 100) {
            throw new InvalidPropertyException("actionTimeoutMillis must be at least 100, was " + actionTimeoutMillis);
        }
        if (reconnectIntervalMillis == null || reconnectIntervalMillis < 100) {
            throw new InvalidPropertyException("reconnectIntervalMillis must be at least 100, was "
                    + reconnectIntervalMillis);
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof AmiActivationSpec amiSpec)) {
            throw new NotSupportedException("Expected an AmiActivationSpec, got " + spec.getClass().getName());
        }
        amiSpec.validate();
        activations.put(new ActivationKey(endpointFactory, spec),
                new EventActivation(endpointFactory, amiSpec, workManager));
        LOG.info(() -> "AMI events " + amiSpec.getEventTypes() + " delivered to " + endpointFactory.getActivationName()
                + " in " + amiSpec.getLanes() + " lanes");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        EventActivation activation = activations.remove(new ActivationKey(endpointFactory, spec));
        if (activation != null) {
            activation.deactivate();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getPingIntervalMillis() { return pingIntervalMillis; }
    public void setPingIntervalMillis(Long pingIntervalMillis) { this.pingIntervalMillis = pingIntervalMillis; }
    public Long getActionTimeoutMillis() { return actionTimeoutMillis; }
    public void setActionTimeoutMillis(Long actionTimeoutMillis) { this.actionTimeoutMillis = actionTimeoutMillis; }
    public Long getReconnectIntervalMillis() { return reconnectIntervalMillis; }
    public void setReconnectIntervalMillis(Long reconnectIntervalMillis) { this.reconnectIntervalMillis = reconnectIntervalMillis; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AsteriskResourceAdapter that
                && Objects.equals(host, that.host) && Objects.equals(port, that.port)
                && Objects.equals(username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username);
    }
}
