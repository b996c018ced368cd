package com.aeims.jca.asterisk.api;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An asynchronous Originate into a dialplan context: Asterisk calls {@code channel} and, when it answers,
 * continues at {@code context}/{@code exten}/{@code priority}. {@code channelId} (optional) becomes the originated
 * channel's Uniqueid, and so the Linkedid of every channel of the call; {@code otherChannelId} the Uniqueid of a
 * Local channel's second half (Asterisk 12 and later).
 */
public record OriginateRequest(String actionId, String channel, String context, String exten, int priority,
                               long ringTimeoutMillis, String callerId, Map<String, String> variables,
                               String channelId, String otherChannelId)
        implements Serializable {

    public OriginateRequest {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(exten, "exten");
        variables = new LinkedHashMap<>(variables);
    }
}
