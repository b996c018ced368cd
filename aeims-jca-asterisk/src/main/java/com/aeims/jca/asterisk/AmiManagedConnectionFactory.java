package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.AmiConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Managed connections are views on the adapter's single AMI session (Asterisk sends every event to every
 * manager session, so one session per server is what AMI wants); the pool hands them out and drops them when the
 * session they were made on is lost.
 */
@ConnectionDefinition(connectionFactory = AmiConnectionFactory.class,
        connectionFactoryImpl = AmiConnectionFactoryHandle.class,
        connection = AmiConnection.class,
        connectionImpl = AmiConnectionHandle.class)
public class AmiManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation,
        TransactionSupport {

    private static final long serialVersionUID = 1L;

    private transient AsteriskResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new AmiConnectionFactoryHandle(this, connectionManager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new jakarta.resource.NotSupportedException("The AMI adapter runs only inside the application server");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        AmiSession session = session();
        if (!session.isConnected()) {
            throw new ResourceException("Not logged in to the Asterisk manager interface at "
                    + resourceAdapter.getHost() + ":" + resourceAdapter.getPort());
        }
        return new AmiManagedConnection(this, session);
    }

    /** A pooled connection fits if it was made by this factory and its session has not been lost since. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof AmiManagedConnection connection && connection.factory() == this
                    && connection.isCurrent()) {
                return connection;
            }
        }
        return null;
    }

    AmiSession session() throws ResourceException {
        if (resourceAdapter == null || resourceAdapter.session() == null) {
            throw new ResourceException("The Asterisk resource adapter is not started");
        }
        return resourceAdapter.session();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) {
        this.resourceAdapter = (AsteriskResourceAdapter) adapter;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.NoTransaction;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    // one adapter, one session: every factory of the same adapter is interchangeable
    @Override
    public boolean equals(Object other) {
        return other instanceof AmiManagedConnectionFactory that && that.resourceAdapter == resourceAdapter;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(resourceAdapter);
    }
}
