package com.aeims.interfaces.web.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How calls' states and endings read on the pages. */
@Named
@ApplicationScoped
public class CallTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static String endReason(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "COMPLETED" -> "Completed";
            case "CUSTOMER_BUSY" -> "Your phone was busy";
            case "CUSTOMER_NO_ANSWER", "CUSTOMER_NOANSWER" -> "Your phone did not answer";
            case "CUSTOMER_CONGESTION", "CUSTOMER_FAILED", "CUSTOMER_HANGUP", "CUSTOMER_CHANUNAVAIL" ->
                    "Your phone could not be reached";
            case "CUSTOMER_PBX_UNAVAILABLE" -> "The phone system was unavailable";
            case "OPERATOR_BUSY" -> "The operator's line was busy";
            case "OPERATOR_NOANSWER" -> "The operator did not answer";
            // the Dial to the operator was cancelled: the customer's side hung up while the operator's phone rang
            case "OPERATOR_CANCEL" -> "The call ended before the operator answered";
            case "NOT_CONNECTED", "NO_ANSWER_FROM_PBX" -> "Not connected";
            default -> reason.startsWith("OPERATOR_") ? "The operator could not be reached" : "Ended";
        };
    }

    public String status(String status) {
        return switch (status) {
            case "ringing" -> "Ringing your phone…";
            case "connecting" -> "Connecting you…";
            case "answered" -> "Connected";
            case "ended" -> "Call ended";
            case "failed" -> "Call not connected";
            default -> status;
        };
    }

    public String reason(String reason) {
        return endReason(reason);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
