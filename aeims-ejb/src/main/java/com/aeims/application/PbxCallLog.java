package com.aeims.application;

import com.aeims.domain.model.call.CallEvent;
import java.util.List;

/**
 * The PBX's own log of its calls, written as they happen whether or not its event link to AEIMS is up: what a call
 * that ended during an outage really did.
 */
public interface PbxCallLog {

    /**
     * What the PBX logged of one call, oldest first, as facts for the call; {@code over} once it logged the end of
     * the call's own channel, after which nothing more of the call's talk can be logged.
     */
    record Logged(List<CallEvent> facts, boolean over) {

        public static final Logged NOTHING = new Logged(List.of(), false);
    }

    /** The call's log; {@code linkedId} is the PBX's id for the call when AEIMS learned it, else null. */
    Logged of(String callRef, String linkedId);
}
