package com.aeims.interfaces.web.call;

import com.aeims.application.call.CallChanged;
import com.aeims.application.call.CallSummary;
import com.aeims.domain.model.account.Role;
import com.aeims.interfaces.CallRepresentation;
import com.aeims.interfaces.web.push.OpenSockets;
import com.aeims.interfaces.web.push.WebModuleContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Live call updates to the customer's and the operator's browsers (Faces websocket channel "calls", per user):
 * every committed change of a call, and a tick a second while it is bridged, to those of the two with a page open.
 * Each gets the call as the API shows it to them.
 */
@ApplicationScoped
public class CallPush {

    private static final String CHANNEL = "calls";

    // looked up on the push thread: Faces' PushContext ties itself to the HTTP session of the thread that makes it
    @Inject
    @Push(channel = CHANNEL)
    private Instance<PushContext> channel;

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
                calls.send(message(call, Role.CUSTOMER), call.customerId());
            }
            if (toOperator) {
                calls.send(message(call, Role.OPERATOR), call.operatorId());
            }
        });
    }

    /** Whether anyone has a page open that shows calls: the live ticker has nothing to do otherwise. */
    public boolean anyoneWatching() {
        return sockets.anyOpen(CHANNEL);
    }

    private static String message(CallSummary call, Role viewer) {
        return CallRepresentation.of(call, viewer).build().toString();
    }
}
