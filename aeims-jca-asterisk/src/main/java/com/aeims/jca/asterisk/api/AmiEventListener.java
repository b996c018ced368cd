package com.aeims.jca.asterisk.api;

import java.util.List;

/**
 * The message listener interface of the adapter's inbound side: message-driven beans implement it to receive
 * AMI events. Each delivery carries the events that queued up in a lane while the previous delivery ran: one when
 * traffic is light, many in a burst. Events of one call (one Linkedid) are in one lane, in the order Asterisk sent
 * them, and one delivery at a time.
 */
public interface AmiEventListener {

    void onAmiEvents(List<AmiEvent> events);
}
