package com.aeims.domain.model.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallAllowanceTest {

    @Test
    void paidMinutesAreWholeMinutesTheBalanceCoversAfterTheConnectFee() {
        CallAllowance allowance = CallAllowance.of(2_000, 0, 399, 99, 240, 100_000);
        assertEquals(4, allowance.paidMinutes());
        assertEquals(99 + 4 * 399, allowance.holdCents());
        assertEquals(240, allowance.maxSeconds());
    }

    @Test
    void freeMinutesComeFirstAndOnlyTheConnectFeeIsHeldForThem() {
        CallAllowance allowance = CallAllowance.of(100, 10, 399, 99, 240, 100_000);
        assertEquals(10, allowance.freeMinutes());
        assertEquals(0, allowance.paidMinutes());
        assertEquals(99, allowance.holdCents());
        assertEquals(600, allowance.maxSeconds());
    }

    @Test
    void thePlatformCapLimitsFreeAndPaidMinutesTogether() {
        CallAllowance allowance = CallAllowance.of(1_000_000, 30, 100, 0, 60, 100_000);
        assertEquals(30, allowance.freeMinutes());
        assertEquals(30, allowance.paidMinutes());
        assertEquals(3_000, allowance.holdCents());
    }

    @Test
    void noHoldIsLargerThanThePlatformAllowsForOnePosting() {
        CallAllowance allowance = CallAllowance.of(10_000_000, 0, 499, 99, 240, 100_000);
        assertEquals((100_000 - 99) / 499, allowance.paidMinutes());
        assertEquals(99 + allowance.paidMinutes() * 499L, allowance.holdCents());
    }

    @Test
    void nothingIsHeldWhenNotEvenOneMinuteFits() {
        CallAllowance allowance = CallAllowance.of(497, 0, 399, 99, 240, 100_000);
        assertEquals(0, allowance.maxMinutes());
        assertEquals(0, allowance.holdCents());
    }
}
