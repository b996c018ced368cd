package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiChannel;
import com.aeims.jca.asterisk.api.OriginateRequest;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.asteriskjava.manager.action.AbsoluteTimeoutAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.asteriskjava.manager.response.GetVarResponse;

/** A pooled view on the adapter's AMI session; it reports itself broken when that session is lost. */
final class AmiManagedConnection implements ManagedConnection {

    private final AmiManagedConnectionFactory factory;
    private final AmiSession session;
    private final long generation;
    private final Set<AmiConnectionHandle> handles = new CopyOnWriteArraySet<>();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onSessionLost = this::sessionLost;
    private PrintWriter logWriter;

    AmiManagedConnection(AmiManagedConnectionFactory factory, AmiSession session) {
        this.factory = factory;
        this.session = session;
        this.generation = session.generation();
        session.addLossListener(onSessionLost);
    }

    AmiManagedConnectionFactory factory() {
        return factory;
    }

    boolean isCurrent() {
        return generation == session.generation() && session.isConnected();
    }

    private void sessionLost() {
        ConnectionEvent broken = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED,
                new ResourceException("The AMI session was lost"));
        listeners.forEach(listener -> listener.connectionErrorOccurred(broken));
    }

    void closed(AmiConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    private void requireCurrent() throws ResourceException {
        if (generation != session.generation()) {
            throw new ResourceException("This AMI connection belongs to a session that was lost");
        }
    }

    void originate(OriginateRequest request) throws ResourceException {
        requireCurrent();
        OriginateAction action = new OriginateAction();
        action.setActionId(request.actionId());
        action.setChannel(request.channel());
        action.setContext(request.context());
        action.setExten(request.exten());
        action.setPriority(request.priority());
        action.setTimeout(request.ringTimeoutMillis());
        action.setCallerId(request.callerId());
        action.setAsync(Boolean.TRUE);
        action.setVariables(request.variables());
        action.setChannelId(request.channelId());
        action.setOtherChannelId(request.otherChannelId());
        session.send(action);
    }

    void hangup(String channel) throws ResourceException {
        requireCurrent();
        session.send(new HangupAction(channel));
    }

    void absoluteTimeout(String channel, int seconds) throws ResourceException {
        requireCurrent();
        session.send(new AbsoluteTimeoutAction(channel, seconds));
    }

    void setVariable(String channel, String name, String value) throws ResourceException {
        requireCurrent();
        session.send(new SetVarAction(channel, name, value));
    }

    void redirect(String channel, String context, String exten, int priority) throws ResourceException {
        requireCurrent();
        session.send(new RedirectAction(channel, context, exten, priority));
    }

    String getVariable(String channel, String name) throws ResourceException {
        requireCurrent();
        GetVarResponse response = (GetVarResponse) session.send(new GetVarAction(channel, name));
        String value = response.getValue();
        return value == null || "(null)".equals(value) ? null : value;
    }

    List<AmiChannel> showChannels() throws ResourceException {
        requireCurrent();
        List<AmiChannel> channels = new ArrayList<>();
        for (ManagerEvent event : session.sendForEvents(new CoreShowChannelsAction())) {
            if (event instanceof CoreShowChannelEvent c) {
                channels.add(new AmiChannel(c.getChannel(), c.getUniqueid(), c.getLinkedid(), c.getChannelStateDesc(),
                        c.getBridgeid(), variablesOf(event)));
            }
        }
        return channels;
    }

    List<AmiChannel> status(List<String> variables) throws ResourceException {
        requireCurrent();
        StatusAction action = new StatusAction();
        if (!variables.isEmpty()) {
            action.setVariables(String.join(",", variables));
        }
        List<AmiChannel> channels = new ArrayList<>();
        for (ManagerEvent event : session.sendForEvents(action)) {
            if (event instanceof StatusEvent s) {
                Map<String, String> values = new HashMap<>(variablesOf(event));
                if (s.getVariables() != null) {
                    s.getVariables().forEach((name, value) -> {
                        if (value != null && !"(null)".equals(value)) {
                            values.put(name, value);
                        }
                    });
                }
                channels.add(new AmiChannel(s.getChannel(), s.getUniqueId(), s.getLinkedId(), s.getChannelStateDesc(),
                        s.getBridgeId(), values));
            }
        }
        return channels;
    }

    private static Map<String, String> variablesOf(ManagerEvent event) {
        Map<String, String> values = new HashMap<>();
        if (event.getChannelVariables() != null) {
            event.getChannelVariables().forEach((name, value) -> {
                if (value != null && !value.isEmpty()) {
                    values.put(name, value);
                }
            });
        }
        return values;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        requireCurrent();
        AmiConnectionHandle handle = new AmiConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        AmiConnectionHandle handle = (AmiConnectionHandle) connection;
        handle.associate(this);
        handles.add(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(AmiConnectionHandle::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        session.removeLossListener(onSessionLost);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("AMI actions are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("AMI actions are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Asterisk";
            }

            @Override
            public String getEISProductVersion() {
                return "AMI";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return factory.getResourceAdapter() instanceof AsteriskResourceAdapter ra ? ra.getUsername() : null;
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
