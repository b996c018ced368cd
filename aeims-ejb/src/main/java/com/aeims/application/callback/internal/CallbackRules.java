package com.aeims.application.callback.internal;

import com.aeims.application.money.MoneySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The callback rules admins set in {@code money_setting}, read through its short cache. */
@ApplicationScoped
public class CallbackRules {

    /** How long after its time an accepted call may still start before it lapses. */
    static final Duration LATE_GRACE = Duration.ofMinutes(10);

    /** How long a hold outlives the call it pays for, so the request always lapses first. */
    static final Duration HOLD_MARGIN = Duration.ofHours(1);

    @Inject
    private MoneySettings settings;

    /** Cancelling an accepted call is free until this long before it. */
    Duration freeCancelWindow() {
        return Duration.ofMinutes(settings.value("callback_free_cancel_minutes"));
    }

    /** Whether a late cancellation costs the connect fee. */
    boolean lateCancelCostsFee() {
        return settings.value("callback_late_cancel_fee") != 0;
    }

    Duration minimumLead() {
        return Duration.ofMinutes(settings.value("callback_min_lead_minutes"));
    }

    int maxDaysAhead() {
        return (int) settings.value("callback_max_days_ahead");
    }

    /** How long a "when free" request waits in line before it lapses. */
    Duration longestWait() {
        return Duration.ofHours(settings.value("callback_queue_max_hours"));
    }

    /** How long before a scheduled call both parties are reminded. */
    Duration reminderLead() {
        return Duration.ofMinutes(settings.value("callback_reminder_minutes"));
    }

    /** How many times a booked call rings a customer who does not answer. */
    int customerAttempts() {
        return (int) Math.max(1, settings.value("callback_customer_attempts"));
    }

    Duration retryAfter() {
        return Duration.ofSeconds(settings.value("callback_retry_seconds"));
    }

    /** Whether a customer who misses the last try pays the connect fee. */
    boolean customerNoShowCostsFee() {
        return settings.value("callback_customer_no_show_fee") != 0;
    }

    int maxMinutes() {
        return (int) settings.value("callback_max_minutes");
    }
}
