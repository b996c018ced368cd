package com.aeims.application.money;

import com.aeims.domain.model.pricing.TalkTime;

/** A customer's money as it bears on calling one operator. */
public record BalanceCheck(long availableCents, long heldCents, int freeMinutes, long ratePerMinuteCents,
                           long connectFeeCents, TalkTime talkTime, boolean canCall) {
}
