package com.aeims.interfaces;

/**
 * How a call's state and ending read to its parties, wherever they read it: the pages (through
 * {@code CallTexts}) and the live push and the API (through {@link CallRepresentation}).
 */
public final class CallWording {

    private CallWording() {
    }

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

    public static String status(String status) {
        return switch (status) {
            case "ringing" -> "Ringing your phone…";
            case "connecting" -> "Connecting you…";
            case "answered" -> "Connected";
            case "ended" -> "Call ended";
            case "failed" -> "Call not connected";
            default -> status;
        };
    }
}
