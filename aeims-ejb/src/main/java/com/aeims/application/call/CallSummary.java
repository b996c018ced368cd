package com.aeims.application.call;

import com.aeims.domain.model.account.Role;
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
                          Integer freeMinutesUsed, String endReason, Recording recording, boolean settled) {

    /** Whom the call's recording can be played to: a party who has not deleted it, admins while it is kept. */
    public record Recording(boolean kept, boolean forCustomer, boolean forOperator) {

        public static final Recording NONE = new Recording(false, false, false);
    }

    /** Whether someone of this role who may see the call can play its recording. */
    public boolean recordingFor(Role role) {
        return switch (role) {
            case CUSTOMER -> recording.forCustomer();
            case OPERATOR -> recording.forOperator();
            case ADMIN -> recording.kept();
        };
    }

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
