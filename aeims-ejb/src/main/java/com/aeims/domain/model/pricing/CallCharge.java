package com.aeims.domain.model.pricing;

import com.aeims.domain.model.ledger.Split;

/**
 * What a finished call costs. A call that never connected costs nothing; a connected call pays the connect fee
 * (also when free minutes cover all of its time) plus its billed minutes not covered by free minutes.
 */
public record CallCharge(int billedMinutes, int freeMinutes, int paidMinutes, long connectFeeCents,
                         long minutesCents, Split split) {

    public static final CallCharge NOTHING = new CallCharge(0, 0, 0, 0, 0, new Split(0, 0));

    /** Billed minutes: billable seconds rounded up to whole increments of {@code incrementMinutes}. */
    public static int billedMinutes(long billableSeconds, int incrementMinutes) {
        if (incrementMinutes < 1) {
            throw new IllegalArgumentException("increment must be at least one minute");
        }
        if (billableSeconds <= 0) {
            return 0;
        }
        long incrementSeconds = 60L * incrementMinutes;
        long increments = (billableSeconds + incrementSeconds - 1) / incrementSeconds;
        return Math.toIntExact(increments * incrementMinutes);
    }

    public static CallCharge of(boolean connected, long billableSeconds, int incrementMinutes, int freeMinutesAvailable,
                                long ratePerMinuteCents, long connectFeeCents, int operatorSharePercent) {
        if (!connected) {
            return NOTHING;
        }
        int billed = billedMinutes(billableSeconds, incrementMinutes);
        int free = Math.min(billed, Math.max(0, freeMinutesAvailable));
        int paid = billed - free;
        long minutesCents = Math.multiplyExact(paid, ratePerMinuteCents);
        long total = Math.addExact(connectFeeCents, minutesCents);
        return new CallCharge(billed, free, paid, connectFeeCents, minutesCents, Split.of(total, operatorSharePercent));
    }

    /** A booked call the customer did not answer, when the rules say that costs the connect fee. */
    public static CallCharge connectFeeOnly(long connectFeeCents, int operatorSharePercent) {
        return new CallCharge(0, 0, 0, connectFeeCents, 0, Split.of(connectFeeCents, operatorSharePercent));
    }

    public long totalCents() {
        return connectFeeCents + minutesCents;
    }
}
