package com.aeims.interfaces.web.call;

import com.aeims.application.CallService;
import com.aeims.application.CallSummary;
import com.aeims.domain.model.account.Role;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a second, the running time and cost of every bridged call go to its two parties. */
@Singleton
public class CallTicker {

    private static final CallService.Viewer EVERY_CALL = new CallService.Viewer(0, Role.ADMIN);

    @Inject
    private CallService calls;

    @Inject
    private CallPush push;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        for (CallSummary call : calls.active(EVERY_CALL)) {
            if (call.bridgedAt() != null && call.isLive()) {
                push.send(call);
            }
        }
    }
}
