package com.aeims.domain.model.call;

/**
 * How long a call may last and what to hold for it: free minutes first, then whole paid minutes the available funds
 * cover after the connect fee, within the platform's caps on call length and on a single hold. The hold is the connect fee plus those paid minutes, so a
 * customer's concurrent calls can never together spend more than the balance.
 */
public record CallAllowance(int freeMinutes, int paidMinutes, long holdCents) {

    public static CallAllowance of(long availableCents, int freeMinutesAvailable, long ratePerMinuteCents,
                                   long connectFeeCents, int maxCallMinutes, long maxHoldCents) {
        if (ratePerMinuteCents <= 0 || maxCallMinutes < 1) {
            throw new IllegalArgumentException("rate and cap must be positive");
        }
        int free = Math.max(0, Math.min(freeMinutesAvailable, maxCallMinutes));
        long spendable = Math.min(availableCents, maxHoldCents);
        long affordable = spendable >= connectFeeCents ? (spendable - connectFeeCents) / ratePerMinuteCents : 0;
        int paid = (int) Math.min(affordable, maxCallMinutes - free);
        long hold = free + paid > 0 ? connectFeeCents + paid * ratePerMinuteCents : 0;
        return new CallAllowance(free, paid, hold);
    }

    public int maxMinutes() {
        return freeMinutes + paidMinutes;
    }

    public int maxSeconds() {
        return maxMinutes() * 60;
    }
}
