package com.aeims.application.callback;

import java.time.Instant;
import java.util.List;

/**
 * What happens to requests as time passes, driven by their timers and by a sweep that catches what a timer missed (a
 * node down, a restart, an operator still busy): the reminder, the call placed at its time, and requests that lapsed.
 * Each step locks its request, so timers and sweeps on every node may run it and it still happens once.
 */
public interface ScheduledCallbacks {

    /** Places the request's call when it is due; a request already called, moved or closed places nothing. */
    void placeIfDue(String requestRef);

    /** Calls the first in the operator's line that can be called, if the operator is online and off calls. */
    void callNextInLine(long operatorId);

    /** Operators online and off calls with someone ready in their line. */
    List<Long> freeOperatorsWithLine(Instant now, int max);

    /** Reminds both parties, once, when the reminder time has come. */
    void remindIfDue(String requestRef);

    /** Closes an open request that has lapsed and gives its hold back; false when it had not lapsed. */
    boolean expireIfLapsed(String requestRef, Instant now);

    /** References of accepted requests whose call is due now. */
    List<String> due(Instant now, int max);

    /** References of accepted requests whose reminder is due now. */
    List<String> toRemind(Instant now, int max);

    /** References of open requests that may have lapsed by now, oldest first. */
    List<String> lapsed(Instant now, int max);

    /** Cancels every open request of a frozen customer and gives the holds back. */
    void cancelForFreeze(long customerId);
}
