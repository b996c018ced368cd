package com.aeims.application.money.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.SpendingGuard;
import com.aeims.application.money.SpendingLimits;
import com.aeims.domain.model.ledger.SpendingLimit;
import com.aeims.domain.model.ledger.SpendingLimitRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@Stateless
public class DefaultSpendingLimits implements SpendingLimits {

    /** A cap above this is no cap worth keeping; it would only hide a typo. */
    private static final long MAX_CAP_CENTS = 10_000_000;

    @Inject
    private SpendingLimitRepository limits;

    @Inject
    private SpendingGuard guard;

    @Override
    public View view(long customerId) {
        return view(customerId, limits.find(customerId).orElse(SpendingLimit.NONE), Instant.now());
    }

    @Override
    public View change(long customerId, Long dailyCents, Long monthlyCents) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireCap(errors, "daily_cents", dailyCents);
        requireCap(errors, "monthly_cents", monthlyCents);
        errors.throwIfAny("VALIDATION_FAILED");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SpendingLimit changed = limits.lock(customerId).orElse(SpendingLimit.NONE)
                .change(dailyCents, monthlyCents, now);
        limits.save(customerId, changed);
        return view(customerId, changed, now);
    }

    @Override
    public View coolOff(long customerId, int days) {
        if (days < 1 || days > MAX_COOL_OFF_DAYS) {
            throw ValidationFailure.of("VALIDATION_FAILED", "days", "Choose 1 to " + MAX_COOL_OFF_DAYS + " days");
        }
        // whole seconds: what is shown now is what the database keeps
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SpendingLimit cooled = limits.lock(customerId).orElse(SpendingLimit.NONE).coolOff(Duration.ofDays(days), now);
        limits.save(customerId, cooled);
        return view(customerId, cooled, now);
    }

    private View view(long customerId, SpendingLimit limit, Instant now) {
        SpendingLimit.Cap daily = limit.daily().asOf(now);
        SpendingLimit.Cap monthly = limit.monthly().asOf(now);
        long left = guard.allowanceCents(customerId);
        return new View(daily.cents(), monthly.cents(), daily.pendingCents(), daily.pendingFrom(),
                monthly.pendingCents(), monthly.pendingFrom(), limit.coolingOff(now) ? limit.coolOffUntil() : null,
                limits.spentSince(customerId, now.minus(SpendingLimit.DAY)),
                limits.spentSince(customerId, now.minus(SpendingLimit.MONTH)), left);
    }

    private void requireCap(ValidationFailure.Collector errors, String field, Long cents) {
        if (cents != null && (cents < 0 || cents > MAX_CAP_CENTS)) {
            errors.reject(field, "Give a limit between $0 and $" + MAX_CAP_CENTS / 100 + ", or none");
        }
    }
}
