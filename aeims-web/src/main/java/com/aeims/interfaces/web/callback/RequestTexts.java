package com.aeims.interfaces.web.callback;

import com.aeims.application.callback.CallRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How call requests read on the pages: their times on the reader's clock, their state in words. */
@Named
@ApplicationScoped
public class RequestTexts {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** The request's time on the customer's clock, or "when free". */
    public String forCustomer(CallRequestView request) {
        return when(request.scheduledAt(), request.customerTimeZone());
    }

    /** The request's time on the operator's clock, or "when free". */
    public String forOperator(CallRequestView request) {
        return when(request.scheduledAt(), request.operatorTimeZone());
    }

    public String proposedForCustomer(CallRequestView request) {
        return when(request.proposedAt(), request.customerTimeZone());
    }

    public String status(CallRequestView request) {
        if (request.awaitsCustomer()) {
            return "Another time proposed";
        }
        if (request.callRef().isPresent() && request.closedAt().isEmpty()) {
            return "Calling";
        }
        return switch (request.closeReason().orElse(request.status())) {
            case "pending" -> request.kind().equals("at") ? "Waiting for the operator" : "In line";
            case "accepted" -> "Accepted";
            case "called" -> "Completed";
            case "declined" -> "Declined";
            case "operator_cancelled" -> "Cancelled by the operator";
            case "customer_cancelled" -> "Cancelled";
            case "late_cancel" -> "Cancelled late";
            case "operator_no_show" -> "Missed by the operator";
            case "customer_no_show" -> "Missed by the customer";
            case "customer_frozen" -> "Cancelled (account frozen)";
            default -> "Expired";
        };
    }

    private static String when(Optional<Instant> at, String zone) {
        return at.map(instant -> instant.atZone(ZoneId.of(zone)).format(SHOWN) + " (" + zone + ")")
                .orElse("when free");
    }
}
