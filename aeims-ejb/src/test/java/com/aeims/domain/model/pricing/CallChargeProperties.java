package com.aeims.domain.model.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CallChargeProperties {

    @Property
    void billedMinutesAreTheSecondsRoundedUpToWholeIncrements(@ForAll @LongRange(min = 0, max = 86_400) long seconds,
                                                             @ForAll @IntRange(min = 1, max = 5) int increment) {
        int billed = CallCharge.billedMinutes(seconds, increment);
        assertEquals(0, billed % increment);
        assertTrue(billed * 60L >= seconds, "covers every second");
        assertTrue(seconds == 0 ? billed == 0 : (billed - increment) * 60L < seconds, "no more than one increment over");
    }

    @Example
    void zeroSecondsAreZeroMinutesAndOneSecondIsAMinute() {
        assertEquals(0, CallCharge.billedMinutes(0, 1));
        assertEquals(1, CallCharge.billedMinutes(1, 1));
        assertEquals(1, CallCharge.billedMinutes(60, 1));
        assertEquals(2, CallCharge.billedMinutes(61, 1));
    }

    @Property
    void aConnectedCallPaysTheFeePlusMinutesNotCoveredByFreeOnes(
            @ForAll @LongRange(min = 1, max = 20_000) long seconds, @ForAll @IntRange(min = 0, max = 600) int free,
            @ForAll @IntRange(min = 1, max = 2_999) int rate, @ForAll @IntRange(min = 0, max = 499) int fee,
            @ForAll @IntRange(min = 0, max = 100) int share) {
        CallCharge charge = CallCharge.of(true, seconds, 1, free, rate, fee, share);
        int billed = CallCharge.billedMinutes(seconds, 1);
        assertEquals(Math.min(billed, free), charge.freeMinutes());
        assertEquals(billed - charge.freeMinutes(), charge.paidMinutes());
        assertEquals(fee + (long) charge.paidMinutes() * rate, charge.totalCents());
        assertEquals(charge.totalCents(), charge.split().total());
    }

    @Property
    void aCallThatNeverConnectedCostsNothing(@ForAll @LongRange(min = 0, max = 20_000) long seconds,
                                             @ForAll @IntRange(min = 0, max = 600) int free) {
        CallCharge charge = CallCharge.of(false, seconds, 1, free, 399, 99, 80);
        assertEquals(0, charge.totalCents());
        assertEquals(0, charge.freeMinutes());
    }

    @Property
    void talkTimeNeverPromisesMoreThanTheMoneyCovers(@ForAll @LongRange(min = 0, max = 1_000_000) long available,
                                                     @ForAll @IntRange(min = 0, max = 600) int free,
                                                     @ForAll @IntRange(min = 1, max = 2_999) int rate,
                                                     @ForAll @IntRange(min = 0, max = 499) int fee) {
        TalkTime time = TalkTime.estimate(available, free, rate, fee);
        assertEquals(time.withFreeMinutes() + time.withPaidBalance(), time.totalMinutes());
        assertTrue(time.totalMinutes() == 0 || fee + time.withPaidBalance() * rate <= available);
        assertTrue(time.totalMinutes() == 0 || fee + (time.withPaidBalance() + 1) * rate > available);
    }
}
