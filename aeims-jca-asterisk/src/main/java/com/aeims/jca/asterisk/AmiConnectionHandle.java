package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiChannel;
import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.OriginateRequest;
import jakarta.resource.ResourceException;
import java.util.List;

/** The application's handle; the managed connection behind it may change (associateConnection) or go away. */
public class AmiConnectionHandle implements AmiConnection {

    private volatile AmiManagedConnection managed;

    AmiConnectionHandle(AmiManagedConnection managed) {
        this.managed = managed;
    }

    void associate(AmiManagedConnection to) {
        this.managed = to;
    }

    void invalidate() {
        this.managed = null;
    }

    private AmiManagedConnection managed() throws ResourceException {
        AmiManagedConnection current = managed;
        if (current == null) {
            throw new ResourceException("This AMI connection handle is closed");
        }
        return current;
    }

    @Override
    public void originate(OriginateRequest request) throws ResourceException {
        managed().originate(request);
    }

    @Override
    public void hangup(String channel) throws ResourceException {
        managed().hangup(channel);
    }

    @Override
    public void absoluteTimeout(String channel, int seconds) throws ResourceException {
        managed().absoluteTimeout(channel, seconds);
    }

    @Override
    public void setVariable(String channel, String name, String value) throws ResourceException {
        managed().setVariable(channel, name, value);
    }

    @Override
    public void redirect(String channel, String context, String exten, int priority) throws ResourceException {
        managed().redirect(channel, context, exten, priority);
    }

    @Override
    public String getVariable(String channel, String name) throws ResourceException {
        return managed().getVariable(channel, name);
    }

    @Override
    public List<AmiChannel> showChannels() throws ResourceException {
        return managed().showChannels();
    }

    @Override
    public List<AmiChannel> status(List<String> variables) throws ResourceException {
        return managed().status(variables);
    }

    @Override
    public boolean isConnected() {
        AmiManagedConnection current = managed;
        return current != null && current.isCurrent();
    }

    @Override
    public void close() {
        AmiManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.closed(this);
        }
    }
}
