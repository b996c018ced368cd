package com.aeims.application.call;

import com.aeims.domain.model.call.CallEvent;
import java.util.List;

/**
 * A call's progress as the PBX reports it, and the limits kept on calls under way: driven by the PBX's events and
 * the call watchdog, never by users (the interfaces layer uses {@link CallService}).
 */
public interface CallProgress {

    /**
     * Applies facts the PBX reported about one call, in order, in one transaction; a call that is over becomes due
     * for settlement, which follows once this commits.
     */
    void apply(List<CallEvent> facts);

    /**
     * Hangs up calls that ran past what their hold covers, in case the PBX's own timeout did not, and makes calls
     * due that ended long enough ago; then settles whatever is due.
     */
    void enforceLimits();
}
