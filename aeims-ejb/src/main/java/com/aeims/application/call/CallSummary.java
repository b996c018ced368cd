package com.aeims.application.call;

import com.aeims.domain.model.call.CallState;
import java.time.Instant;

/**
 * One call as the customer, the operator or an admin sees it. While the call runs, talk seconds and cost are
 * estimates from the bridge time; once settled they are what the ledger charged.
 */
public record CallSummary(String callRef, long customerId, String customerName, long operatorId,
                          String operatorName, CallState state, Instant requestedAt, Instant bridgedAt,
                          Instant endedAt, long talkSeconds, int maxSeconds, long ratePerMinuteCents,
                          long connectFeeCents, long costCents, Long operatorEarningsCents, Integer billedMinutes,
                          Integer freeMinutesUsed, String endReason, String recordingFile, boolean settled) {

    public boolean isLive() {
        return !state.isFinal();
    }

    public String statusName() {
        return switch (state) {
            case REQUESTED, CUSTOMER_RINGING -> "ringing";
            case CUSTOMER_ANSWERED, OPERATOR_RINGING -> "connecting";
            case BRIDGED -> "answered";
            case ENDED -> "ended";
            case FAILED -> "failed";
        };
    }
}
