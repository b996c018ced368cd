package com.aeims.application;

import java.util.Set;

/** The PBX as the call service needs it. Failures are {@link TelephonyUnavailable}. */
public interface Telephony {

    boolean isAvailable();

    /** Rings the customer, then the operator, and bridges them; both see the platform's number. */
    void originate(String callRef, String customerNumber, String operatorNumber, int maxSeconds);

    void hangup(String customerChannel);

    /** Makes the PBX end the call after this many more seconds. */
    void limitDuration(String customerChannel, int seconds);

    /** The PBX's ids (Linkedid) of every call it has now. */
    Set<String> liveCallIds();
}
