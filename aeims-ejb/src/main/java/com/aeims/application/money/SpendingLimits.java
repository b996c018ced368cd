package com.aeims.application.money;

import java.time.Instant;

/** The limits customers set on their own spending, and where they stand against them. */
public interface SpendingLimits {

    /**
     * The caps in force (null: none), a looser cap waiting for its time, the cool-off, and what was spent (charges plus
     * what calls in progress hold) in the last 24 hours and 30 days.
     */
    record View(Long dailyCents, Long monthlyCents, Long pendingDailyCents, Instant pendingDailyFrom,
                Long pendingMonthlyCents, Instant pendingMonthlyFrom, Instant coolOffUntil, long spentDayCents,
                long spentMonthCents, long leftCents) {

        public boolean dailyPending() {
            return pendingDailyFrom != null;
        }

        public boolean monthlyPending() {
            return pendingMonthlyFrom != null;
        }
    }

    /** The longest cool-off one request sets. */
    int MAX_COOL_OFF_DAYS = 365;

    View view(long customerId);

    /**
     * Sets both caps (null: none); a stricter cap applies now, a looser one or none after 24 hours.
     *
     * @throws com.aeims.application.ValidationFailure for a negative or absurd cap
     */
    View change(long customerId, Long dailyCents, Long monthlyCents);

    /** No spending for the given days from now (1 to {@link #MAX_COOL_OFF_DAYS}); never shortens one already set. */
    View coolOff(long customerId, int days);
}
