package com.aeims.interfaces;

import com.aeims.application.callback.CallRequestView;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A call request as its parties get it: instants in UTC, the same times on the viewer's own clock ({@code local_*} in
 * {@code time_zone}), money in exact decimal dollars.
 */
public final class CallRequestRepresentation {

    private CallRequestRepresentation() {
    }

    public static JsonObjectBuilder of(CallRequestView request, boolean operatorViewing) {
        String zone = operatorViewing ? request.operatorTimeZone() : request.customerTimeZone();
        JsonObjectBuilder json = JsonBuilders.object()
                .add("request_id", request.requestRef())
                .add("kind", request.kind())
                .add("status", request.status())
                .add("operator_id", request.operatorId())
                .add("operator", request.operatorName())
                .add("customer", request.customerName())
                .add("party", operatorViewing ? request.customerName() : request.operatorName())
                .add("time_zone", zone)
                .add("duration_minutes", request.durationMinutes())
                .add("rate_per_minute", Amounts.dollars(request.ratePerMinuteCents()))
                .add("connect_fee", Amounts.dollars(request.connectFeeCents()))
                .add("free_minutes", request.freeMinutes())
                .add("held", Amounts.dollars(request.heldCents()))
                .add("fee_charged", Amounts.dollars(request.feeCents()))
                .add("awaits_customer", request.awaitsCustomer())
                .add("created_at", request.createdAt().toString());
        request.closeReason().ifPresent(reason -> json.add("close_reason", reason));
        request.callRef().ifPresent(call -> json.add("call_id", call));
        addTime(json, "scheduled_at", request.scheduledAt(), zone);
        addTime(json, "proposed_at", request.proposedAt(), zone);
        addTime(json, "free_cancel_until", request.freeCancelUntil(), zone);
        request.aheadInLine().ifPresent(ahead -> json.add("ahead_in_line", ahead));
        request.decidedAt().ifPresent(at -> json.add("decided_at", at.toString()));
        request.closedAt().ifPresent(at -> json.add("closed_at", at.toString()));
        return json;
    }

    private static void addTime(JsonObjectBuilder json, String name, Optional<Instant> at, String zone) {
        at.ifPresent(instant -> json.add(name, instant.toString()).add("local_" + name,
                instant.atZone(ZoneId.of(zone)).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString()));
    }
}
