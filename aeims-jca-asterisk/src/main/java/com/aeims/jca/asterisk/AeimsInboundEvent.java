package com.aeims.jca.asterisk;

import org.asteriskjava.manager.event.UserEvent;

/**
 * {@code UserEvent: AeimsInbound}, which the dialplan sends at each step of a call to one of the numbers it answers
 * (config/asterisk/extensions.conf). asterisk-java drops a UserEvent whose type has no registered class (the type is
 * this class's name without "Event") and any header without a setter, so every header the dialplan sends has one here.
 * Public and top-level: asterisk-java instantiates it by reflection.
 */
public class AeimsInboundEvent extends UserEvent {

    private static final long serialVersionUID = 1L;

    private String linkedid;
    private String step;
    private String did;
    private String caller;
    private String verified;
    private String choice;

    public AeimsInboundEvent(Object source) {
        super(source);
    }

    public String getLinkedid() { return linkedid; }
    public void setLinkedid(String linkedid) { this.linkedid = linkedid; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getDid() { return did; }
    public void setDid(String did) { this.did = did; }
    public String getCaller() { return caller; }
    public void setCaller(String caller) { this.caller = caller; }
    public String getVerified() { return verified; }
    public void setVerified(String verified) { this.verified = verified; }
    public String getChoice() { return choice; }
    public void setChoice(String choice) { this.choice = choice; }
}
