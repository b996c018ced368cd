package com.aeims.application.money;

/** The prices a call was started under; frozen at initiation so a later rate change cannot touch it. */
public record CallTerms(long operatorId, long ratePerMinuteCents, long connectFeeCents, int operatorSharePercent) {
}
