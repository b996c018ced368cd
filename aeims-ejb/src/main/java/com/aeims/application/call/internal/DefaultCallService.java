package com.aeims.application.call.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.call.CallPrice;
import com.aeims.application.call.CallRefused;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallStarted;
import com.aeims.application.call.CallSummary;
import com.aeims.application.call.RecordingStore;
import com.aeims.application.call.Telephony;
import com.aeims.application.call.TelephonyUnavailable;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultCallService implements CallService {

    private static final int HISTORY_LIMIT = 200;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallOpening opening;

    @Inject
    private CallRepository calls;

    @Inject
    private CallViews views;

    @Inject
    private CallDialer dialer;

    @Inject
    private RecordingStore recordings;

    @Inject
    private Event<RecordingFiles.Removed> removedFiles;

    @Inject
    private Telephony telephony;

    // the hold and the call are committed before the PBX dials, so a refused dial can be settled like any failure
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CallStarted initiate(long customerId, long operatorId, String customerPhone, Long siteId,
                                CallPrice seen) {
        if (!telephony.isAvailable()) {
            throw unavailable();
        }
        CallOpening.Opened opened = opening.open(customerId, operatorId, customerPhone, siteId, seen);
        if (!dialer.dial(opened.callRef(), opened.customerNumber(), opened.operatorNumber(), opened.maxSeconds(),
                opened.recorded())) {
            throw unavailable();
        }
        return opened.started();
    }

    private static CallRefused unavailable() {
        return new CallRefused(Reason.SERVICE_UNAVAILABLE, "TELEPHONY_UNAVAILABLE",
                "Calls are unavailable right now; please try again");
    }

    @Override
    public CallSummary status(String callRef, Viewer viewer) {
        return views.summary(visibleCall(callRef, viewer));
    }

    @Override
    public CallSummary hangup(String callRef, Viewer viewer) {
        Call call = visibleCall(callRef, viewer);
        if (call.getState().isFinal()) {
            return views.summary(call);
        }
        if (call.getCustomerChannel() == null) {
            throw new CallRefused(Reason.NOT_POSSIBLE_NOW, "CALL_NOT_STARTED",
                    "The call is still being placed; try again in a moment");
        }
        try {
            telephony.hangup(call.getCustomerChannel());
        } catch (TelephonyUnavailable failed) {
            throw new CallRefused(Reason.SERVICE_UNAVAILABLE, "TELEPHONY_UNAVAILABLE",
                    "Could not reach the phone system to hang up");
        }
        return views.summary(call);
    }

    @Override
    public List<CallSummary> history(Viewer viewer, int limit) {
        return list(viewer, CallRepository.Scope.ALL, Math.max(1, Math.min(limit, HISTORY_LIMIT)));
    }

    @Override
    public List<CallSummary> active(Viewer viewer) {
        return list(viewer, CallRepository.Scope.UNSETTLED, HISTORY_LIMIT);
    }

    @Override
    public List<CallSummary> talking() {
        return calls.list(null, null, CallRepository.Scope.TALKING, Integer.MAX_VALUE).stream()
                .map(this::summary).toList();
    }

    private List<CallSummary> list(Viewer viewer, CallRepository.Scope scope, int limit) {
        Long customer = switch (viewer.role()) {
            case CUSTOMER -> viewer.accountId();
            case OPERATOR, ADMIN -> null;
        };
        Long operator = switch (viewer.role()) {
            case OPERATOR -> viewer.accountId();
            case CUSTOMER, ADMIN -> null;
        };
        return calls.list(customer, operator, scope, limit).stream().map(this::summary).toList();
    }

    private CallSummary summary(CallRepository.Named named) {
        return views.summary(named.call(), named.customerName(), named.operatorName());
    }

    @Override
    public RecordingStore.Stored recording(String callRef, Viewer viewer) {
        Call call = visibleCall(callRef, viewer);
        boolean kept = switch (viewer.role()) {
            case CUSTOMER -> call.recordingKeptFor(true);
            case OPERATOR -> call.recordingKeptFor(false);
            case ADMIN -> call.recordingKeptFor(true) || call.recordingKeptFor(false);
        };
        return (kept ? recordings.find(call.getRecordingFile()) : Optional.<RecordingStore.Stored>empty())
                .orElseThrow(() -> new UnknownEntityException("RECORDING_NOT_FOUND", "Call " + callRef
                        + " has no recording for you"));
    }

    @Override
    public void deleteRecording(String callRef, Viewer viewer) {
        recording(callRef, viewer);
        Call call = calls.lock(callRef).orElseThrow();
        Instant now = Instant.now();
        boolean nobodyKeepsIt = switch (viewer.role()) {
            case CUSTOMER -> call.deleteRecordingFor(true, now);
            case OPERATOR -> call.deleteRecordingFor(false, now);
            case ADMIN -> true;
        };
        if (nobodyKeepsIt) {
            call.recordingPurged(now);
            removedFiles.fire(new RecordingFiles.Removed(call.getRecordingFile()));
        }
    }

    private Call visibleCall(String callRef, Viewer viewer) {
        Call call = callRef == null ? null : calls.find(callRef).orElse(null);
        boolean visible = call != null && switch (viewer.role()) {
            case CUSTOMER -> call.getCustomerId() == viewer.accountId();
            case OPERATOR -> call.getOperatorId() == viewer.accountId();
            case ADMIN -> true;
        };
        if (!visible) {
            throw new UnknownEntityException("CALL_NOT_FOUND", "No call " + callRef);
        }
        return call;
    }
}
