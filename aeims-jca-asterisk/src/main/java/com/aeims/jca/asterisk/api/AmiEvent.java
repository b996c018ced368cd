package com.aeims.jca.asterisk.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One AMI event as plain data: its name (as Asterisk spells it, compare with {@link #is}), its fields by
 * lower-case name, the channel variables it carried ({@code ChanVariable}), when the adapter received it, and
 * Asterisk's own time stamp when manager.conf has {@code timestampevents = yes}.
 * The adapter also delivers {@code Connect} and {@code Disconnect} when its AMI session comes and goes.
 */
public record AmiEvent(String name, Map<String, String> fields, Map<String, String> channelVariables,
                       Instant receivedAt, Instant asteriskTime) implements Serializable {

    public static final String CONNECT = "Connect";
    public static final String DISCONNECT = "Disconnect";

    public AmiEvent {
        fields = Map.copyOf(fields);
        channelVariables = Map.copyOf(channelVariables);
    }

    public boolean is(String amiName) {
        return name.equalsIgnoreCase(amiName);
    }

    /** A field by its AMI name in any case, or null. */
    public String get(String field) {
        return fields.get(field.toLowerCase(Locale.ROOT));
    }

    public String channelVariable(String variable) {
        return channelVariables.get(variable);
    }

    /** When it happened: Asterisk's time stamp if it sent one, else when the adapter received it. */
    public Instant occurredAt() {
        return asteriskTime != null ? asteriskTime : receivedAt;
    }
}
