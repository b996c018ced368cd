package com.aeims.jca.asterisk.api;

/**
 * The message listener interface of the adapter's inbound side: message-driven beans implement it to receive
 * AMI events. Events of one call (one Linkedid) arrive one at a time, in the order Asterisk sent them.
 */
public interface AmiEventListener {

    void onAmiEvent(AmiEvent event);
}
