package com.aeims.application.call;

import java.time.Instant;

/**
 * Calls whose progress AEIMS may have missed, told from what the PBX has now and what it logged itself: AMI does not
 * replay what happened while the link was down.
 */
public interface CallReconciliation {

    /**
     * After the PBX link came back (or at start-up): every unsettled call takes what the PBX logged of it meanwhile
     * (an operator may have answered), and the calls the PBX no longer has are ended as it logged them.
     */
    void reconcile(Instant linkLostAt);

    /** Calls the PBX never said anything about within the silent-call timeout: ended as it logged them, if at all. */
    void closeSilentCalls();
}
