package com.aeims.application.number;

import java.time.Instant;
import java.util.List;

/**
 * Operators' own numbers as operators use them: search what is on offer, buy one (the first month's fee from their
 * earnings), list theirs, give one back.
 */
public interface OperatorNumbers {

    /** The most numbers one operator may hold at once. */
    int MOST_HELD = 5;

    /**
     * Numbers on offer with the fee each would cost a month.
     *
     * @throws com.aeims.application.ValidationFailure for a search the provider would not understand
     * @throws NumberRefused when numbers cannot be bought here (no provider configured, or it does not answer)
     */
    List<Offer> search(NumberProvider.Search search);

    record Offer(NumberProvider.Offered number, long monthlyFeeCents) implements java.io.Serializable {
    }

    /**
     * Buys the number for the operator and charges the first month from their earnings; the same key again returns
     * the first purchase and buys nothing more. When the provider's answer is lost the purchase is finished or undone
     * by the reconciliation, and this answers {@code NUMBER_PURCHASE_UNCONFIRMED}.
     *
     * @throws NumberRefused when the provider refuses it, the operator's earnings do not cover the fee, or the
     *                       operator holds the most numbers allowed
     */
    NumberView buy(long operatorId, String phoneNumber, com.aeims.domain.model.number.NumberType type,
                   String locality, String region, String idempotencyKey);

    /** A monthly fee taken from the operator's earnings. */
    record FeePaid(Instant at, String phoneNumber, String description, long amountCents) {
    }

    /** The fees the operator's numbers took from their earnings, newest first, at most the limit. */
    List<FeePaid> feesPaid(long operatorId, int limit);

    /** The operator's numbers in use or on their way, and purchases that failed in the last day, newest first. */
    List<NumberView> list(long operatorId);

    /**
     * Sets what calls to the number cost a minute, within the range the platform allows for call rates.
     *
     * @throws com.aeims.application.ValidationFailure for a rate outside it
     */
    NumberView setRate(long operatorId, long numberId, int ratePerMinuteCents);

    /**
     * Gives the number back: calls to it stop now, the provider is told (or told later by the reconciliation). The
     * month already paid is not refunded.
     */
    NumberView release(long operatorId, long numberId);
}
