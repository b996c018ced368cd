package com.aeims.application.money;

import com.aeims.domain.model.pricing.CallCharge;

/** The result of settling a call: the charge and how much of the hold went back to the customer. */
public record CallSettlement(long holdId, long postingId, CallCharge charge, long chargedCents, long operatorCents,
                             long releasedCents, boolean replayed) {
}
