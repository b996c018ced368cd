package com.aeims.jca.asterisk.api;

import jakarta.resource.ResourceException;
import java.util.List;

/**
 * The AMI actions AEIMS sends. Actions wait for Asterisk's response (bounded by the adapter's action timeout);
 * a refused action or a lost connection is a {@link ResourceException}.
 */
public interface AmiConnection extends AutoCloseable {

    /**
     * Queues an asynchronous Originate. Asterisk answers at once; the outcome arrives later as an
     * {@code OriginateResponse} event carrying the request's ActionID.
     */
    void originate(OriginateRequest request) throws ResourceException;

    void hangup(String channel) throws ResourceException;

    /** Makes Asterisk hang the channel up after this many seconds from now. */
    void absoluteTimeout(String channel, int seconds) throws ResourceException;

    void setVariable(String channel, String name, String value) throws ResourceException;

    /**
     * Moves the channel to another place in the dialplan (Redirect): it leaves whatever application it is in and
     * continues at the context, extension and priority. A channel that is gone is refused.
     */
    void redirect(String channel, String context, String exten, int priority) throws ResourceException;

    /** The variable's value, or null when the channel does not have it. */
    String getVariable(String channel, String name) throws ResourceException;

    /** Every channel Asterisk has now (CoreShowChannels). */
    List<AmiChannel> showChannels() throws ResourceException;

    /** Every channel with the values of the named variables (Status with Variables). */
    List<AmiChannel> status(List<String> variables) throws ResourceException;

    boolean isConnected();

    @Override
    void close();
}
