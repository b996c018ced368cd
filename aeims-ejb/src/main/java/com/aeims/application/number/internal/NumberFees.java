package com.aeims.application.number.internal;

import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Numbers' monthly fees, from the operator's earnings to the platform: one posting per number and period. */
@ApplicationScoped
public class NumberFees {

    /** Overdue periods paid in one step at most (a number is given back before it is further behind). */
    private static final int MOST_PERIODS_AT_ONCE = 3;

    @Inject
    private Ledger ledger;

    @Inject
    private OperatorNumberRepository numbers;

    /**
     * Pays every period due that the operator's earnings cover (a waived number's for nothing); true when none is left
     * due. The number must be locked.
     */
    boolean payDue(OperatorNumber number, Instant now) {
        for (int i = 0; i < MOST_PERIODS_AT_ONCE && number.isFeeDue(now); i++) {
            long fee = number.isFeeWaived() ? 0 : numbers.monthlyFeeCents(number.getType());
            if (!covers(number.getOperatorId(), fee)) {
                return false;
            }
            if (fee > 0) {
                charge(number, number.getPaidPeriods() + 1, fee);
            }
            number.periodPaid();
        }
        return !number.isFeeDue(now);
    }

    /** Whether the operator's earnings cover the fee, with their account locked until the transaction ends. */
    boolean covers(long operatorId, long feeCents) {
        return feeCents == 0 || ledger.lockedBalance(AccountRef.earnings(operatorId)) >= feeCents;
    }

    /** Charges the period's fee once: the same number and period again returns the first posting's id. */
    long charge(OperatorNumber number, int period, long feeCents) {
        return ledger.post(PostingRequest.of(key(number, period), PostingKind.NUMBER_FEE, "number:" + number.getId(),
                "Phone number " + number.getPhoneNumber() + ", month " + period + " (" + Cents.dollars(feeCents) + ")",
                List.of(new TransferLeg(AccountRef.earnings(number.getOperatorId()),
                        AccountRef.platform(AccountKind.PLATFORM_REVENUE), feeCents)))).id();
    }

    static String key(OperatorNumber number, int period) {
        return "number-fee:" + number.getId() + ":" + period;
    }
}
