package com.aeims.application.call;

import java.util.Optional;

/**
 * Calls booked ahead, placed when their time comes. Opening joins the booking's transaction, so a call and the
 * booking's claim on it commit together; dialling follows once they have. The call then runs as any other: same
 * masking, the same cap at the minutes the hold pays for, settled from that hold.
 */
public interface ScheduledCalls {

    /**
     * Opens the call with the hold it already has, in the caller's transaction, unless it cannot be placed now.
     *
     * @return empty when opened, else why not: {@code OPERATOR_BUSY}, {@code OPERATOR_UNREACHABLE},
     *         {@code CUSTOMER_UNREACHABLE} or {@code TELEPHONY_UNAVAILABLE}
     */
    Optional<String> open(ScheduledCall call);

    /** Asks the PBX to dial an opened call; a refusal settles it as never connected, which returns its hold. */
    void dial(String callRef);
}
