package com.aeims.application.callback.internal;

import com.aeims.application.call.CallSettled;
import com.aeims.domain.model.callback.CallRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Closes a request as its call is settled, in the settling transaction: completed when the parties talked, a no-show
 * of whoever did not answer otherwise. The call's settlement already gave back what the call did not use.
 */
@ApplicationScoped
public class ScheduledCallOutcomes {

    @Inject
    private CallRequestRepository requests;

    @Inject
    private CallRequestNotices notices;

    void settled(@Observes CallSettled settled) {
        if (!settled.callRef().startsWith(CallbackClaims.CALL_PREFIX)) {
            return;
        }
        requests.lockByCallRef(settled.callRef()).filter(request -> request.isOpen()).ifPresent(request -> {
            request.callEnded(settled.connected(), settled.endReason(), Instant.now());
            notices.callEnded(request);
        });
    }
}
