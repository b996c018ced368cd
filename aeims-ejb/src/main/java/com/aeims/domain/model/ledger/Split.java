package com.aeims.domain.model.ledger;

/** A charge divided between operator and platform: the operator's share rounds down, the platform takes the rest. */
public record Split(long operatorCents, long platformCents) {

    public static Split of(long totalCents, int operatorSharePercent) {
        if (totalCents < 0 || operatorSharePercent < 0 || operatorSharePercent > 100) {
            throw new IllegalArgumentException("total " + totalCents + ", share " + operatorSharePercent);
        }
        long operator = Math.multiplyExact(totalCents, operatorSharePercent) / 100;
        return new Split(operator, totalCents - operator);
    }

    public long total() {
        return operatorCents + platformCents;
    }
}
