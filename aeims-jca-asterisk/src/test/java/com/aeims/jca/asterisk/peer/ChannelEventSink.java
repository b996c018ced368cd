package com.aeims.jca.asterisk.peer;

/**
 * Where the simulated PBX writes its channel event log, as Asterisk's cel_pgsql writes a row for each channel event
 * that cel.conf asks for, as it happens, whether or not any AMI session is up.
 */
@FunctionalInterface
public interface ChannelEventSink {

    /**
     * One CEL row: its event type ({@code BRIDGE_ENTER}, {@code BRIDGE_EXIT}, {@code HANGUP}), Asterisk's time in
     * seconds since the epoch, the channel, its Uniqueid and Linkedid, and the event's {@code extra} JSON.
     */
    record Row(String eventType, double eventTime, String channel, String uniqueId, String linkedId, String extra) {
    }

    void write(Row row);
}
