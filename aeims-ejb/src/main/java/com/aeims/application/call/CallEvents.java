package com.aeims.application.call;

import com.aeims.domain.model.call.CallEvent;
import java.time.Duration;
import java.util.List;

/** The durable queue between what the PBX reports and the call state machine. */
public interface CallEvents {

    /** Facts of one call, in the order they are to be applied, as one message. */
    void publish(List<CallEvent> facts);

    void publishLater(CallEvent event, Duration delay);
}
