package com.aeims.application.number;

import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * One of an operator's numbers for the API and pages: what it is, its state, its rate, and when its next fee is due
 * (empty while it is not in use) and how much that fee is.
 */
public record NumberView(long id, long operatorId, String phoneNumber, NumberType type, String locality,
                         String region, OperatorNumber.Status status, int ratePerMinuteCents, long monthlyFeeCents,
                         boolean feeWaived, Optional<Instant> purchasedAt, Optional<Instant> nextFeeAt,
                         Optional<String> failure) {

    public static NumberView of(OperatorNumber number, long monthlyFeeCents) {
        boolean inUse = number.getStatus() == OperatorNumber.Status.ACTIVE
                || number.getStatus() == OperatorNumber.Status.SUSPENDED;
        return new NumberView(number.getId(), number.getOperatorId(), number.getPhoneNumber(), number.getType(),
                number.getLocality(), number.getRegion(), number.getStatus(), number.getRatePerMinuteCents(),
                monthlyFeeCents, number.isFeeWaived(), number.getPurchasedAt(),
                inUse ? number.getPaidUntil() : Optional.empty(), number.getFailure());
    }
}
