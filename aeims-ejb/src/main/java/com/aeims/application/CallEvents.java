package com.aeims.application;

import com.aeims.domain.model.call.CallEvent;
import java.time.Duration;

/** The durable queue between what the PBX reports and the call state machine. */
public interface CallEvents {

    void publish(CallEvent event);

    void publishLater(CallEvent event, Duration delay);
}
