package com.aeims.infrastructure.telephony;

import com.aeims.jca.asterisk.api.AmiEvent;
import com.aeims.jca.asterisk.api.AmiEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * AMI events from the Asterisk resource adapter (bound to it in META-INF/jboss-ejb3.xml); only the events a call's
 * state needs are subscribed, plus the adapter's own Connect/Disconnect. One transaction a delivery: its events
 * become one persistent message per call on the call-event queue, committed together (one journal write, not one a
 * message), with the few database writes (Linkedid links) that go with them; a failed delivery leaves nothing behind
 * and the adapter delivers it again.
 */
@MessageDriven(messageListenerInterface = AmiEventListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "eventTypes",
                propertyValue = "OriginateResponse,DialBegin,DialEnd,BridgeEnter,BridgeLeave,Hangup,Cdr,Connect,Disconnect"),
        @ActivationConfigProperty(propertyName = "lanes", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AmiEventsConsumer implements AmiEventListener {

    @Inject
    private PbxEventIntake intake;

    @Override
    public void onAmiEvents(List<AmiEvent> events) {
        intake.accept(events);
    }
}
