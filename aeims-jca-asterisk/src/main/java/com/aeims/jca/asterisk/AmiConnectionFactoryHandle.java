package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.AmiConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The connection factory bound in JNDI; every connection goes through the server's pool. */
public class AmiConnectionFactoryHandle implements AmiConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final transient AmiManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    public AmiConnectionFactoryHandle(AmiManagedConnectionFactory managedFactory,
                                      ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public AmiConnection getConnection() throws ResourceException {
        return (AmiConnection) connectionManager.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
