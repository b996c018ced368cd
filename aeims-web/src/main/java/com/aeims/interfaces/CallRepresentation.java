package com.aeims.interfaces;

import com.aeims.application.call.CallSummary;
import com.aeims.domain.model.account.Role;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * A call as every client gets it, for one viewer: the API's answers and the live push send the same fields, and the
 * pages render the same {@link CallSummary} in the same words ({@link CallWording}). Money is in exact decimal dollars,
 * with a display text beside the amount the pages show live.
 */
public final class CallRepresentation {

    private CallRepresentation() {
    }

    public static JsonObjectBuilder of(CallSummary call, Role viewer) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("call_id", call.callRef())
                .add("status", call.statusName())
                .add("status_text", CallWording.status(call.statusName()))
                .add("state", call.state().name().toLowerCase())
                .add("live", call.isLive())
                .add("customer_id", call.customerId())
                .add("operator_id", call.operatorId())
                .add("duration_seconds", call.talkSeconds())
                .add("max_duration_seconds", call.maxSeconds())
                .add("rate_per_minute", Amounts.dollars(call.ratePerMinuteCents()))
                .add("connect_fee", Amounts.dollars(call.connectFeeCents()))
                .add("estimated_charges", Amounts.dollars(call.costCents()))
                .add("cost_text", Amounts.text(call.costCents()))
                .add("requested_at", call.requestedAt().toString())
                .add("settled", call.settled());
        // a change learned from the PBX carries no names: the pages show them already
        addIfPresent(json, "customer", call.customerName());
        addIfPresent(json, "operator", call.operatorName());
        addIfPresent(json, "party", switch (viewer) {
            case CUSTOMER -> call.operatorName();
            case OPERATOR -> call.customerName();
            case ADMIN -> null;
        });
        addTime(json, "bridged_at", call.bridgedAt());
        addTime(json, "ended_at", call.endedAt());
        if (call.settled()) {
            json.add("charged", Amounts.dollars(call.costCents()))
                    .add("billed_minutes", call.billedMinutes())
                    .add("free_minutes_used", call.freeMinutesUsed());
            // the split is between the operator and the platform; customers see what they paid
            if (call.operatorEarningsCents() != null && viewer != Role.CUSTOMER) {
                json.add("operator_earnings", Amounts.dollars(call.operatorEarningsCents()));
            }
        }
        if (call.endReason() != null) {
            json.add("end_reason", call.endReason().toLowerCase())
                    .add("end_reason_text", CallWording.endReason(call.endReason()));
        }
        if (call.recordingFor(viewer)) {
            // streamed by AEIMS to the call's parties and admins only; the file's name never leaves the server
            json.add("recording_url", "api/calls/" + call.callRef() + "/recording");
        }
        return json;
    }

        private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void addTime(JsonObjectBuilder json, String name, Instant at) {
        if (at != null) {
            json.add(name, at.toString());
        }
    }
}
