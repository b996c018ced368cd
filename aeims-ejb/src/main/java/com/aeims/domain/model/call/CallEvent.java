package com.aeims.domain.model.call;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Something the PBX reported about one call, keyed by the AEIMS call id. Events may repeat and may arrive in any
 * order across the call's channels; {@link Call#apply} takes each as a fact, so order and repeats do not matter.
 *
 * @param linkedId the PBX's id for the whole call, when the event carried it
 * @param channel  the customer leg's channel, when the event was about it
 * @param detail   dial status, hang-up cause or failure reason, when there is one
 */
public record CallEvent(String callRef, Type type, Instant occurredAt, String linkedId, String channel, String detail)
        implements Serializable {

    public enum Type {
        CUSTOMER_RINGING, CUSTOMER_ANSWERED, CUSTOMER_FAILED,
        OPERATOR_RINGING, OPERATOR_ANSWERED, OPERATOR_FAILED,
        BRIDGED, BRIDGE_LEFT,
        /** the customer leg hung up: the call is over */
        ENDED,
        /** settle now with whatever is known (sent after a grace period when an end arrived before its cause) */
        SETTLE_DUE,
        /** the call was gone when the platform looked (after an AMI outage or a restart) */
        VANISHED,
        /** the PBX recorded the call; detail is the recording's file */
        RECORDING
    }

    public CallEvent {
        Objects.requireNonNull(callRef, "callRef");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static CallEvent of(String callRef, Type type, Instant at) {
        return new CallEvent(callRef, type, at, null, null, null);
    }
}
