package com.aeims.application.call;

import java.util.Set;

/** The PBX as the call service needs it. Failures are {@link TelephonyUnavailable}. */
public interface Telephony {

    boolean isAvailable();

    /**
     * Rings the customer, then the operator, and bridges them; both see the platform's number. {@code record}: both
     * hear that the call is recorded, and the PBX records it and names the file with the call's records.
     */
    void originate(String callRef, String customerNumber, String operatorNumber, int maxSeconds, boolean record);

    void hangup(String customerChannel);

    /** Makes the PBX end the call after this many more seconds. */
    void limitDuration(String customerChannel, int seconds);

    /** The calls the PBX has now. */
    LiveCalls liveCalls();

    /** What the PBX has now: the AEIMS call ids it names, and its own ids (Linkedid) of every call. */
    record LiveCalls(Set<String> callRefs, Set<String> linkedIds) {

        public LiveCalls {
            callRefs = Set.copyOf(callRefs);
            linkedIds = Set.copyOf(linkedIds);
        }

        public boolean has(String callRef, String linkedId) {
            return callRefs.contains(callRef) || linkedId != null && linkedIds.contains(linkedId);
        }
    }
}
