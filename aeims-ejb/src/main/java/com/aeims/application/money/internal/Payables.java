package com.aeims.application.money.internal;

import com.aeims.application.money.MoneySettings;
import com.aeims.domain.model.ledger.ChargeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Which part of an operator's earnings can be paid out: what they earned within the reserve period stays, so a
 * chargeback on the spending behind it can still be taken back. Earnings already taken back count against the
 * reserve first.
 */
@ApplicationScoped
class Payables {

    @Inject
    private ChargeRepository charges;

    @Inject
    private MoneySettings settings;

    long inReserve(long operatorId) {
        return charges.operatorCentsSince(operatorId,
                Instant.now().minus(Duration.ofDays(settings.payoutReserveDays())));
    }

    long payable(long operatorId, long earningsCents) {
        return Math.max(0, earningsCents - inReserve(operatorId));
    }
}
