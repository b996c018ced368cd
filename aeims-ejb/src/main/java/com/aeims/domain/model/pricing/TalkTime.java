package com.aeims.domain.model.pricing;

/**
 * How long a customer can talk with an operator from what is available now (held funds excluded): free minutes,
 * plus whole minutes the balance pays for after the connect fee. Nothing if the connect fee is out of reach.
 */
public record TalkTime(int withFreeMinutes, long withPaidBalance, long totalMinutes) {

    public static TalkTime estimate(long availableCents, int freeMinutes, long ratePerMinuteCents,
                                    long connectFeeCents) {
        if (availableCents < connectFeeCents || ratePerMinuteCents <= 0) {
            return new TalkTime(0, 0, 0);
        }
        long paid = (availableCents - connectFeeCents) / ratePerMinuteCents;
        return new TalkTime(freeMinutes, paid, freeMinutes + paid);
    }

    /** Whether a call may start: the connect fee plus a minute, or just the fee when free minutes apply. */
    public static boolean canStartCall(long availableCents, int freeMinutes, long ratePerMinuteCents,
                                       long connectFeeCents) {
        long needed = freeMinutes > 0 ? connectFeeCents : connectFeeCents + ratePerMinuteCents;
        return availableCents >= needed;
    }
}
