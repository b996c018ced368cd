package com.aeims.jca.asterisk.api;

import java.io.Serializable;
import java.util.Map;

/** One live Asterisk channel as CoreShowChannels or Status reports it. */
public record AmiChannel(String channel, String uniqueId, String linkedId, String state, String bridgeId,
                         Map<String, String> variables) implements Serializable {

    public AmiChannel {
        variables = Map.copyOf(variables);
    }
}
