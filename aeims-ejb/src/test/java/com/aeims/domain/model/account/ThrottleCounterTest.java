package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleCounterTest {

    private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

    private static ThrottleCounter fresh() {
        return new ThrottleCounter("account:someone@example.org");
    }

    private static void fail(ThrottleCounter counter, LoginThrottle policy, Instant at) {
        counter.reserve(policy, at);
        counter.failed(policy, at);
    }

    @Test
    void anAccountWaitsNothingForItsFirstNineFailuresThenOneSecondDoublingUpToAMinute() {
        assertEquals(Duration.ZERO, LoginThrottle.ACCOUNT.delayAfter(9));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.ACCOUNT.delayAfter(10));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.ACCOUNT.delayAfter(11));
        assertEquals(Duration.ofSeconds(32), LoginThrottle.ACCOUNT.delayAfter(15));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.ACCOUNT.delayAfter(16));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.ACCOUNT.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void anAddressGetsTwentyFreeFailuresAndWaitsUpToAQuarterOfAnHour() {
        assertEquals(Duration.ZERO, LoginThrottle.ADDRESS.delayAfter(19));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.ADDRESS.delayAfter(20));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.ADDRESS.delayAfter(40));
    }

    @Test
    void reservedTriesCountBeforeTheirPasswordsAreChecked() {
        ThrottleCounter counter = fresh();
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, counter.waitAt(START), "free try " + i);
            counter.reserve(LoginThrottle.ACCOUNT, START);
        }
        assertEquals(10, counter.getFailures());
        assertEquals(Duration.ofSeconds(1), counter.waitAt(START), "the eleventh waits while ten are being checked");
    }

    @Test
    void theWaitRunsFromWhenTheFailureIsKnown() {
        ThrottleCounter counter = fresh();
        for (int i = 0; i < 10; i++) {
            counter.reserve(LoginThrottle.ACCOUNT, START);
        }
        Instant checked = START.plusMillis(700);
        counter.failed(LoginThrottle.ACCOUNT, checked);
        assertEquals(Duration.ofSeconds(1), counter.waitAt(checked));
        assertEquals(Duration.ZERO, counter.waitAt(checked.plusSeconds(1)));
    }

    @Test
    void aSuccessForgivesTheAccountButGivesTheAddressOnlyItsOneTryBack() {
        ThrottleCounter account = fresh();
        ThrottleCounter address = fresh();
        for (int i = 0; i < 24; i++) {
            fail(account, LoginThrottle.ACCOUNT, START);
            fail(address, LoginThrottle.ADDRESS, START);
        }
        account.reserve(LoginThrottle.ACCOUNT, START);
        address.reserve(LoginThrottle.ADDRESS, START);
        account.succeeded(LoginThrottle.ACCOUNT, START);
        address.succeeded(LoginThrottle.ADDRESS, START);
        assertEquals(0, account.getFailures());
        assertEquals(Duration.ZERO, account.waitAt(START.plusSeconds(61)));
        assertEquals(24, address.getFailures());
        assertEquals(Duration.ofSeconds(32), address.waitAt(START), "the 25th reservation's wait still stands");
    }

    @Test
    void successesFromABusyAddressNeverAddUp() {
        ThrottleCounter address = fresh();
        for (int i = 0; i < 1_000; i++) {
            address.reserve(LoginThrottle.ADDRESS, START.plusSeconds(i));
            address.succeeded(LoginThrottle.ADDRESS, START.plusSeconds(i));
        }
        assertEquals(0, address.getFailures());
        assertEquals(Duration.ZERO, address.waitAt(START.plusSeconds(1_000)));
    }

    @Test
    void failuresLeakAwaySoATrickleOfTyposNeverFillsTheBucket() {
        ThrottleCounter address = fresh();
        Duration leak = LoginThrottle.ADDRESS.leak();
        assertEquals(Duration.ofSeconds(45), leak);
        Instant at = START;
        for (int i = 0; i < 200; i++) {
            fail(address, LoginThrottle.ADDRESS, at);
            assertEquals(Duration.ZERO, address.waitAt(at.plusMillis(1)), "typo " + i);
            at = at.plus(leak);
        }
        ThrottleCounter account = fresh();
        for (int i = 0; i < 12; i++) {
            fail(account, LoginThrottle.ACCOUNT, START);
        }
        Instant later = START.plus(LoginThrottle.ACCOUNT.window()).plus(Duration.ofMinutes(5));
        account.reserve(LoginThrottle.ACCOUNT, later);
        assertEquals(1, account.getFailures(), "twelve failures leak away in twenty minutes");
    }

    @Test
    void signUpsFromOneAddressGetFiveAnHourBeforeWaitingUpToAnHour() {
        assertEquals(Duration.ZERO, LoginThrottle.REGISTRATION.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.REGISTRATION.delayAfter(5));
        assertEquals(Duration.ofHours(1), LoginThrottle.REGISTRATION.delayAfter(20));
        assertEquals(Duration.ofMinutes(12), LoginThrottle.REGISTRATION.leak());
    }

    @Test
    void theMessageSaysHowLongToWait() {
        assertEquals("Too many failed logins. Try again in 1 second.", LoginThrottle.message(Duration.ofMillis(300)));
        assertEquals("Too many failed logins. Try again in 2 seconds.",
                LoginThrottle.message(Duration.ofMillis(1_200)));
        assertEquals("Too many failed logins. Try again in 15 minutes.", LoginThrottle.message(Duration.ofMinutes(15)));
    }
}
