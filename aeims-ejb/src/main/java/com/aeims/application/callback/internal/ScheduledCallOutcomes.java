package com.aeims.application.callback.internal;

import com.aeims.application.call.CallSettled;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Closes a request as its call is settled, in the settling transaction: completed when the parties talked, a no-show
 * of whoever did not answer otherwise, or another try later for a customer who did not answer and has tries left.
 * The call's settlement already gave back what the call did not use (or kept the connect fee of a last missed try).
 */
@ApplicationScoped
public class ScheduledCallOutcomes {

    @Inject
    private CallRequestRepository requests;

    @Inject
    private CallRequestNotices notices;

    @Inject
    private CallbackRules rules;

    void settled(@Observes CallSettled settled) {
        if (!settled.callRef().startsWith(CallbackClaims.CALL_PREFIX)) {
            return;
        }
        requests.lockByCallRef(settled.callRef()).filter(request -> request.isOpen()).ifPresent(request -> {
            // a call placed as the last try is the last, whatever the setting says now
            int tries = settled.lastTry() ? request.getAttempts() : rules.customerAttempts();
            CallRequest.Outcome outcome = request.callEnded(settled.connected(), settled.endReason(), Instant.now(),
                    tries, rules.retryAfter());
            if (outcome == CallRequest.Outcome.TRY_AGAIN) {
                notices.tryingAgain(request, rules.retryAfter());
            } else {
                if (request.getStatus() == CallRequest.Status.NO_SHOW && !settled.connected()
                        && settled.chargedCents() > 0) {
                    request.missedCallFee(settled.postingId(), settled.chargedCents());
                }
                notices.callEnded(request);
            }
        });
    }
}
