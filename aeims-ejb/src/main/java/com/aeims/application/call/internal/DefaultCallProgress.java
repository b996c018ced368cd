package com.aeims.application.call.internal;

import com.aeims.application.Push;
import com.aeims.application.call.CallChanged;
import com.aeims.application.call.CallEvents;
import com.aeims.application.call.CallProgress;
import com.aeims.application.call.Telephony;
import com.aeims.application.call.TelephonyUnavailable;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.domain.model.call.CallRepository;
import com.aeims.domain.model.call.CallState;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
public class DefaultCallProgress implements CallProgress {

    private static final Logger LOG = Logger.getLogger(DefaultCallProgress.class.getName());

    @Inject
    private CallRepository calls;

    @Inject
    private CallViews views;

    @Inject
    private Telephony telephony;

    @Inject
    private CallEvents callEvents;

    @Inject
    private CallSettings settings;

    @Inject
    private Push push;

    @Inject
    private CallSettlementDrain settlementDrain;

    @Inject
    private Event<CallSettlementDrain.CallOver> over;

    @Inject
    private Event<CallDurationCap.Due> durationCaps;

    @Resource
    private SessionContext context;

    @Override
    public void apply(List<CallEvent> facts) {
        Call call = calls.lock(facts.get(0).callRef()).orElse(null);
        if (call == null) {
            LOG.fine(() -> "Events for an unknown call ignored: " + facts);
            return;
        }
        CallState before = call.getState();
        Set<Call.Outcome> outcomes = EnumSet.noneOf(Call.Outcome.class);
        for (CallEvent fact : facts) {
            outcomes.add(call.apply(fact));
        }
        // a call that already ended needs no cap
        if (outcomes.contains(Call.Outcome.BRIDGED_NOW) && !call.getState().isFinal()) {
            capDuration(call);
        }
        if (outcomes.contains(Call.Outcome.SETTLE_AFTER_GRACE) && call.getSettleDueAt() == null) {
            callEvents.publishLater(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, Instant.now()),
                    settings.settleGrace());
        }
        if (call.getState() != before || outcomes.contains(Call.Outcome.SETTLE_NOW)) {
            push.send(new CallChanged(views.summary(call, null, null)));
            if (call.getState().isFinal() && !call.isSettled()) {
                // the drain settles what is due once this commits: this call if it marked itself due (SETTLE_NOW);
                // one still in its settle grace is left for its SETTLE_DUE
                over.fire(new CallSettlementDrain.CallOver(call.getCallRef()));
            }
        }
    }

    private void capDuration(Call call) {
        if (call.getCustomerChannel() != null) {
            int remaining = (int) Math.max(1, call.getMaxSeconds() - call.talkSecondsSoFar(Instant.now()));
            durationCaps.fire(new CallDurationCap.Due(call.getCallRef(), call.getCustomerChannel(), remaining));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void enforceLimits() {
        Instant now = Instant.now();
        for (Call call : calls.unsettled()) {
            if (call.getState() == CallState.BRIDGED && call.getCustomerChannel() != null
                    && call.getBridgedAt().toInstant().plusSeconds(call.getMaxSeconds())
                    .plus(settings.overrunGrace()).isBefore(now)) {
                LOG.warning(() -> "Call " + call.getCallRef() + " ran past its cap; hanging it up");
                try {
                    telephony.hangup(call.getCustomerChannel());
                } catch (TelephonyUnavailable failed) {
                    LOG.log(Level.WARNING, "Could not hang up call " + call.getCallRef(), failed);
                }
            } else if (call.getState().isFinal() && call.getSettleDueAt() == null && call.getEndedAt().toInstant()
                    .plus(settings.settleGrace()).plusSeconds(30).isBefore(now)) {
                self().apply(List.of(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, now)));
            }
        }
        // calls left due by a restart or a failed batch
        settlementDrain.wake();
    }

    private CallProgress self() {
        return context.getBusinessObject(CallProgress.class);
    }
}
