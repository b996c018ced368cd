package com.aeims.domain.model.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The limits a customer sets on their own spending: a cap over the last 24 hours, one over the last 30 days, and a
 * cool-off with no spending at all. A stricter cap applies at once; a looser one (or none) only after
 * {@link #RAISE_DELAY}, so a limit set in a calm moment holds in a heated one. A cool-off can be made longer, never
 * shorter.
 */
public record SpendingLimit(Cap daily, Cap monthly, Instant coolOffUntil) {

    public static final Duration RAISE_DELAY = Duration.ofHours(24);
    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration MONTH = Duration.ofDays(30);

    /** One cap in cents (null: none), and the change waiting for its time, if any. */
    public record Cap(Long cents, Long pendingCents, Instant pendingFrom) {

        public static final Cap NONE = new Cap(null, null, null);

        public Cap asOf(Instant now) {
            return pendingFrom != null && !now.isBefore(pendingFrom) ? new Cap(pendingCents, null, null) : this;
        }

        Cap change(Long wanted, Instant now) {
            Cap current = asOf(now);
            if (Objects.equals(wanted, current.cents)) {
                return new Cap(current.cents, null, null);
            }
            boolean stricter = wanted != null && (current.cents == null || wanted < current.cents);
            return stricter ? new Cap(wanted, null, null) : new Cap(current.cents, wanted, now.plus(RAISE_DELAY));
        }

        long left(long spentCents) {
            return cents == null ? Long.MAX_VALUE : Math.max(0, cents - spentCents);
        }
    }

    public static final SpendingLimit NONE = new SpendingLimit(Cap.NONE, Cap.NONE, null);

    public SpendingLimit asOf(Instant now) {
        return new SpendingLimit(daily.asOf(now), monthly.asOf(now), coolOffUntil);
    }

    public SpendingLimit change(Long dailyCents, Long monthlyCents, Instant now) {
        requireCap(dailyCents);
        requireCap(monthlyCents);
        return new SpendingLimit(daily.change(dailyCents, now), monthly.change(monthlyCents, now), coolOffUntil);
    }

    /** No spending from now for the given time, or until the cool-off already set ends, whichever is later. */
    public SpendingLimit coolOff(Duration length, Instant now) {
        Instant until = now.plus(length);
        return new SpendingLimit(daily, monthly, coolOffUntil != null && coolOffUntil.isAfter(until) ? coolOffUntil
                : until);
    }

    public boolean coolingOff(Instant now) {
        return coolOffUntil != null && now.isBefore(coolOffUntil);
    }

    /** What may still be spent now, given what was spent in the last 24 hours and the last 30 days. */
    public long allowanceCents(long spentDayCents, long spentMonthCents, Instant now) {
        if (coolingOff(now)) {
            return 0;
        }
        SpendingLimit current = asOf(now);
        return Math.min(current.daily.left(spentDayCents), current.monthly.left(spentMonthCents));
    }

    public boolean limitsAnything(Instant now) {
        SpendingLimit current = asOf(now);
        return coolingOff(now) || current.daily.cents() != null || current.monthly.cents() != null;
    }

    private static void requireCap(Long cents) {
        if (cents != null && cents < 0) {
            throw new IllegalArgumentException("a cap cannot be negative: " + cents);
        }
    }
}
