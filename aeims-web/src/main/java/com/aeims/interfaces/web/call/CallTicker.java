package com.aeims.interfaces.web.call;

import com.aeims.application.call.CallService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a second, the running time and cost of every bridged call go to its two parties. */
@Singleton
public class CallTicker {

    @Inject
    private CallService calls;

    @Inject
    private CallPush push;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (push.anyoneWatching()) {
            calls.talking().forEach(push::send);
        }
    }
}
