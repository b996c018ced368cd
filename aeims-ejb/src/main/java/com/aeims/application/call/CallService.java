package com.aeims.application.call;

import com.aeims.domain.model.account.Role;
import java.util.List;

/**
 * Paid bridged calls as customers, operators and admins use them: starting one, following it, hanging it up, and
 * the calls of the past. What the PBX reports goes through {@link CallProgress}; settlement follows on its own.
 */
public interface CallService {

    /** Who is asking: customers see their own calls, operators the calls to them, admins every call. */
    record Viewer(long accountId, Role role) {
    }

    /**
     * Starts a callback: the customer's phone rings first, then the operator's, both showing the platform's number.
     * Funds for the longest call the customer can pay are held first. If the operator's price is no longer the one
     * the customer saw, nothing happens and {@link com.aeims.application.PriceChanged} tells them the new one.
     *
     * @param customerPhone when given, it must be the customer's confirmed number (the only one calls ring), else
     *                      a {@code PHONE_NOT_CONFIRMED} field error; when null, that number
     */
    CallStarted initiate(long customerId, long operatorId, String customerPhone, Long siteId, CallPrice seen);

    CallSummary status(String callRef, Viewer viewer);

    /** Asks the PBX to end the call; settlement follows when the PBX reports the hang-up. */
    CallSummary hangup(String callRef, Viewer viewer);

    List<CallSummary> history(Viewer viewer, int limit);

    /**
     * The call's recording, for a party who has not deleted it for themselves, or an admin.
     *
     * @throws com.aeims.application.UnknownEntityException {@code RECORDING_NOT_FOUND} (or the call's own) otherwise
     */
    RecordingStore.Stored recording(String callRef, Viewer viewer);

    /**
     * Deletes the recording for the viewer only; the file itself goes once both parties have deleted it, or when an
     * admin deletes it.
     */
    void deleteRecording(String callRef, Viewer viewer);

    /** Calls not yet over, newest first. */
    List<CallSummary> active(Viewer viewer);

    /** Every call whose parties are talking right now, for the live timers. */
    List<CallSummary> talking();
}
