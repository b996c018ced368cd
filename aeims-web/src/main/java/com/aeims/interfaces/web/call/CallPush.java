package com.aeims.interfaces.web.call;

import com.aeims.application.CallChanged;
import com.aeims.application.CallSummary;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.push.OpenSockets;
import com.aeims.interfaces.web.push.WebModuleContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Live call updates to the customer's and the operator's browsers (Faces websocket channel "calls", per user):
 * every committed change of a call, and a tick a second while it is bridged, to those of the two with a page open.
 * The customer sees what the call costs, the operator what it earns.
 */
@ApplicationScoped
public class CallPush {

    private static final String CHANNEL = "calls";

    // looked up on the push thread: Faces' PushContext ties itself to the HTTP session of the thread that makes it
    @Inject
    @Push(channel = CHANNEL)
    private Instance<PushContext> channel;

    @Inject
    private Money money;

    @Inject
    private WebModuleContext webModule;

    @Inject
    private OpenSockets sockets;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged change) {
        send(change.call());
    }

    public void send(CallSummary call) {
        boolean toCustomer = sockets.isOpen(CHANNEL, call.customerId());
        boolean toOperator = sockets.isOpen(CHANNEL, call.operatorId());
        if (!toCustomer && !toOperator) {
            return;
        }
        webModule.run(() -> {
            PushContext calls = channel.get();
            if (toCustomer) {
                calls.send(message(call, false), call.customerId());
            }
            if (toOperator) {
                calls.send(message(call, true), call.operatorId());
            }
        });
    }

    /** Whether anyone has a page open that shows calls: the live ticker has nothing to do otherwise. */
    public boolean anyoneWatching() {
        return sockets.anyOpen(CHANNEL);
    }

    private String message(CallSummary call, boolean forOperator) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("call_id", call.callRef())
                .add("status", call.statusName())
                .add("live", call.isLive())
                .add("settled", call.settled())
                .add("duration_seconds", call.talkSeconds())
                .add("max_duration_seconds", call.maxSeconds())
                .add("cost", money.format(call.costCents()));
        String party = forOperator ? call.customerName() : call.operatorName();
        if (party != null) {
            json.add("party", party);
        }
        if (forOperator && call.operatorEarningsCents() != null) {
            json.add("earned", money.format(call.operatorEarningsCents()));
        }
        if (call.billedMinutes() != null) {
            json.add("billed_minutes", call.billedMinutes());
        }
        if (call.endReason() != null) {
            json.add("end_reason", CallTexts.endReason(call.endReason()));
        }
        return json.build().toString();
    }
}
