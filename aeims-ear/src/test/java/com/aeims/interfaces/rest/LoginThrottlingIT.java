package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.TestAccounts;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Logins slow down with growing delays per account and per client address instead of locking: a guesser waits, the
 * owner gets in once the short wait is over, a sprayer from one address is slowed across accounts, and tries sent all
 * at once are each counted.
 */
class LoginThrottlingIT extends AeimsIT {

    @Test
    void tenFailuresMakeEvenTheRightPasswordWaitASecondAndThenItWorks() {
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        ApiClient guesser = new ApiClient(baseUri());
        for (int i = 0; i < 10; i++) {
            assertEquals(401, guesser.login(email, "Guess-number-" + i).status());
        }
        ApiClient owner = new ApiClient(baseUri());
        ApiClient.Reply waiting = owner.login(email, TestAccounts.PASSWORD);
        assertEquals(429, waiting.status(), waiting.body());
        assertEquals("LOGIN_THROTTLED", waiting.json().getString("code"));
        assertEquals("Too many failed logins. Try again in 1 second.", waiting.json().getString("error"),
                "the tenth failure started a one-second wait");
        assertEquals("1", waiting.raw().headers().firstValue("Retry-After").orElseThrow());

        Eventually.await(Duration.ofSeconds(10), "the owner gets in after the wait",
                () -> owner.login(email, TestAccounts.PASSWORD).status() == 200);
        ApiClient other = new ApiClient(baseUri());
        assertEquals(200, other.login(TestAccounts.registerCustomer(other), TestAccounts.PASSWORD).status(),
                "throttling is per account");
    }

    @Test
    void passwordSprayingFromOneAddressIsSlowedWhileOtherAddressesAreNot() {
        String customer = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        ApiClient sprayer = new ApiClient(baseUri());
        for (int i = 0; i < 20; i++) {
            String target = TestAccounts.uniqueEmail("Sprayed" + i);
            assertEquals(401, sprayer.login(target, "Summer-2026!").status(), "free failure " + i);
        }
        ApiClient.Reply slowed = sprayer.login(TestAccounts.uniqueEmail("Sprayed"), "Summer-2026!");
        assertEquals(429, slowed.status(), slowed.body());
        assertEquals("LOGIN_THROTTLED", slowed.json().getString("code"));

        assertEquals(429, sprayer.login(customer, TestAccounts.PASSWORD).status(),
                "the address waits even with a right password");
        assertEquals(200, new ApiClient(baseUri()).login(customer, TestAccounts.PASSWORD).status(),
                "the account itself is not slowed by failures elsewhere");
    }

    @Test
    void signUpsFromOneAddressSlowDownAfterFiveWhetherTheySucceedOrProbeForAnExistingEmail() {
        String existing = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        ApiClient prober = new ApiClient(baseUri());
        for (int i = 0; i < 3; i++) {
            assertEquals(201, signUp(prober, TestAccounts.uniqueEmail("Throwaway" + i)).status());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(400, signUp(prober, existing).status(), "a probe counts like a sign-up");
        }
        ApiClient.Reply slowed = signUp(prober, existing);
        assertEquals(429, slowed.status(), slowed.body());
        assertEquals("REGISTRATION_THROTTLED", slowed.json().getString("code"));
        assertEquals(429, signUp(prober, TestAccounts.uniqueEmail("Throwaway")).status());
        assertEquals(201, signUp(new ApiClient(baseUri()), TestAccounts.uniqueEmail("Elsewhere")).status(),
                "other addresses sign up as before");
    }

    private static ApiClient.Reply signUp(ApiClient client, String email) {
        return client.post("api/auth/register", TestAccounts.registrationJson(email, "Throwaway",
                TestAccounts.PASSWORD, "1990-01-01"));
    }

    @Test
    void aBurstOfOneHundredParallelLoginsCountsOneHundredTries() throws Exception {
        String email = TestAccounts.registerCustomer(new ApiClient(baseUri()));
        ExecutorService burst = Executors.newFixedThreadPool(100);
        List<Future<Integer>> statuses = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        long checked;
        try {
            for (int i = 0; i < 100; i++) {
                ApiClient attacker = new ApiClient(baseUri());
                String guess = "Parallel-guess-" + i;
                statuses.add(burst.submit(() -> {
                    go.await();
                    return attacker.login(email, guess).status();
                }));
            }
            go.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get());
            }
            Map<Integer, Long> counts = seen.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            checked = counts.getOrDefault(401, 0L);
            assertEquals(100, checked + counts.getOrDefault(429, 0L), counts.toString());
            // the ten free ones; a try arriving after the first one-second wait (or the next, two) may be checked too
            assertTrue(checked >= 10 && checked <= 12, "tries that reached the password check: " + counts);
        } finally {
            burst.shutdownNow();
        }
        try (Connection db = EmbeddedDatabase.connect()) {
            assertEquals(100, TestAccounts.longOf(db,
                    "SELECT count(*) FROM login_attempt WHERE email = lower(?)", email), "every try is recorded");
            assertEquals(checked, TestAccounts.longOf(db,
                    "SELECT count(*) FROM login_attempt WHERE email = lower(?) AND outcome = 'INVALID'", email));
        }
    }
}
