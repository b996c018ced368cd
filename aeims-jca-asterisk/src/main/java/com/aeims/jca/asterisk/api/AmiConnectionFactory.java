package com.aeims.jca.asterisk.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/** What applications inject (e.g. from {@code java:/eis/AsteriskAmi}) to send AMI actions. */
public interface AmiConnectionFactory extends Serializable, Referenceable {

    /**
     * A connection to the adapter's AMI session; close it when done (try-with-resources).
     *
     * @throws ResourceException when the adapter is not logged in to Asterisk
     */
    AmiConnection getConnection() throws ResourceException;
}
