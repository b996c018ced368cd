package com.aeims.application;

import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.call.CallEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Paid bridged calls: starting them, following them, ending them, and what the PBX reports about them. */
public interface CallService {

    /** Who is asking: customers see their own calls, operators the calls to them, admins every call. */
    record Viewer(long accountId, Role role) {
    }

    /**
     * Starts a callback: the customer's phone rings first, then the operator's, both showing the platform's number.
     * Funds for the longest call the customer can pay are held first.
     *
     * @param customerPhone the number to ring, E.164; when null the customer's saved number is used
     */
    CallStarted initiate(long customerId, long operatorId, String customerPhone, Long siteId);

    CallSummary status(String callRef, Viewer viewer);

    /** The number the customer's calls last rang, to offer it again. */
    Optional<String> customerPhone(long customerId);

    /** Asks the PBX to end the call; settlement follows when the PBX reports the hang-up. */
    CallSummary hangup(String callRef, Viewer viewer);

    List<CallSummary> history(Viewer viewer, int limit);

    /** Calls not yet over, newest first. */
    List<CallSummary> active(Viewer viewer);

    /** Every call whose parties are talking right now, for the live timers. */
    List<CallSummary> talking();

    /**
     * Applies facts the PBX reported about one call, in order, in one transaction; a call that is over becomes due
     * for settlement.
     */
    void apply(List<CallEvent> facts);

    /**
     * The calls that are over and not yet settled, longest due first; of those, only the ones whose id leaves
     * {@code share} when divided by {@code shares} (so that several drains take calls no other one takes).
     */
    List<Long> settlementDue(int max, int share, int shares);

    /** Settles those of these calls still due, all in one transaction; returns how many it settled. */
    int settle(List<Long> callIds);

    /** A call that could not be settled is tried again after this delay, so it does not hold up the calls due next. */
    void postponeSettlement(long callId, Duration delay);

    /** Hangs up calls that ran past what their hold covers, in case the PBX's own timeout did not. */
    void enforceLimits();
}
