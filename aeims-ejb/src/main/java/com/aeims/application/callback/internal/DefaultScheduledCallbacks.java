package com.aeims.application.callback.internal;

import com.aeims.application.call.ScheduledCalls;
import com.aeims.application.callback.ScheduledCallbacks;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultScheduledCallbacks implements ScheduledCallbacks {

    @Inject
    private CallRequestRepository requests;

    @Inject
    private CallbackClaims claims;

    @Inject
    private ScheduledCalls calls;

    @Inject
    private RequestHolds requestHolds;

    @Inject
    private CallbackRules rules;

    @Inject
    private CallRequestNotices notices;

    // the claim commits before the PBX dials, so a refused dial settles the call like any failed one
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void placeIfDue(String requestRef) {
        claims.claim(requestRef).ifPresent(calls::dial);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void callNextInLine(long operatorId) {
        claims.claimNextInLine(operatorId).ifPresent(calls::dial);
    }

    @Override
    public List<Long> freeOperatorsWithLine(Instant now, int max) {
        return requests.freeOperatorsWithLine(now, max);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remindIfDue(String requestRef) {
        requests.lock(requestRef).filter(request -> request.remind(Instant.now(), rules.reminderLead()))
                .ifPresent(notices::reminder);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireIfLapsed(String requestRef, Instant now) {
        CallRequest request = requests.lock(requestRef).orElse(null);
        if (request == null || !request.isOpen()
                || request.lapsesAt(CallbackRules.LATE_GRACE, rules.longestWait()).isAfter(now)) {
            return false;
        }
        request.expire(now);
        requestHolds.giveBack(request);
        if (request.getStatus() == CallRequest.Status.NO_SHOW) {
            notices.callEnded(request);
        } else {
            notices.expired(request);
        }
        return true;
    }

    @Override
    public List<String> due(Instant now, int max) {
        return requests.due(now, CallbackRules.LATE_GRACE, max);
    }

    @Override
    public List<String> toRemind(Instant now, int max) {
        return requests.toRemind(now, rules.reminderLead(), max);
    }

    @Override
    public List<String> lapsed(Instant now, int max) {
        return requests.lapsed(now, CallbackRules.LATE_GRACE, rules.longestWait(), max);
    }

    @Override
    public void cancelForFreeze(long customerId) {
        Instant now = Instant.now();
        for (String ref : requests.openOf(customerId)) {
            CallRequest request = requests.lock(ref).orElseThrow();
            // a call already placed runs on: the freeze hangs it up and its settlement closes the request
            if (request.isOpen() && request.getCallRef().isEmpty()) {
                request.cancelForFreeze(now);
                requestHolds.giveBack(request);
                notices.cancelled(request, notices.customerName(request));
            }
        }
    }
}
