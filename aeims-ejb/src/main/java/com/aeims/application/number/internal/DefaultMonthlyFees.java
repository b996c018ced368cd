package com.aeims.application.number.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.money.MoneySettings;
import com.aeims.application.notification.Notifications;
import com.aeims.application.number.MonthlyFees;
import com.aeims.application.number.NumberRefused;
import com.aeims.application.number.NumberView;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Each step locks its number in a transaction of its own and posts the period's fee under the number's and period's
 * key, so timers on several nodes, or one firing twice, charge a period once.
 */
@Stateless
public class DefaultMonthlyFees implements MonthlyFees {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    @Inject
    private OperatorNumberRepository numbers;

    @Inject
    private NumberFees fees;

    @Inject
    private MoneySettings settings;

    @Inject
    private Notifications notifications;

    @Override
    public List<Long> due(Instant now, long afterId, int limit) {
        return numbers.feeStepsDue(now, reminderNotice(), afterId, limit);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Step settle(long numberId, Instant now) {
        return numbers.lock(numberId).map(number -> settle(number, now)).orElse(Step.NOTHING);
    }

    Step settle(OperatorNumber number, Instant now) {
        if (!number.isInUse()) {
            return Step.NOTHING;
        }
        if (number.isFeeDue(now)) {
            boolean suspended = number.getStatus() == OperatorNumber.Status.SUSPENDED;
            if (fees.payDue(number, now)) {
                if (suspended) {
                    tell(number, "Number active again", number.getPhoneNumber() + " takes calls again: its fee is paid.");
                    return Step.REACTIVATED;
                }
                return Step.PAID;
            }
            return unpaid(number, now);
        }
        if (number.isReminderDue(now, reminderNotice())) {
            number.reminded();
            long fee = numbers.monthlyFeeCents(number.getType());
            String text = "The monthly fee of " + Cents.dollars(fee) + " for " + number.getPhoneNumber()
                    + " comes from your earnings on " + day(number.getPaidUntil().orElseThrow())
                    + (fees.covers(number.getOperatorId(), fee) ? "." : "; your earnings do not cover it yet.");
            tellAndText(number, "Number fee due soon", text);
            return Step.REMINDED;
        }
        return Step.NOTHING;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public NumberView payNow(long operatorId, long numberId) {
        OperatorNumber number = numbers.lock(numberId).filter(n -> n.getOperatorId() == operatorId)
                .orElseThrow(() -> new UnknownEntityException("NUMBER_NOT_FOUND", "You have no number " + numberId));
        Instant now = Instant.now();
        if (!number.isFeeDue(now)) {
            throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NOTHING_DUE", "No fee is due for this number now");
        }
        boolean suspended = number.getStatus() == OperatorNumber.Status.SUSPENDED;
        if (!fees.payDue(number, now)) {
            throw new NumberRefused(Reason.FUNDS_NEEDED, "EARNINGS_NEEDED", "Your earnings do not cover the fee of "
                    + Cents.dollars(numbers.monthlyFeeCents(number.getType())) + " yet");
        }
        if (suspended) {
            tell(number, "Number active again", number.getPhoneNumber() + " takes calls again: its fee is paid.");
        }
        return NumberView.of(number, numbers.monthlyFeeCents(number.getType()));
    }

    private Step unpaid(OperatorNumber number, Instant now) {
        Duration grace = Duration.ofDays(settings.value("number_fee_grace_days"));
        Duration releaseAfter = Duration.ofDays(settings.value("number_release_after_days"));
        long fee = numbers.monthlyFeeCents(number.getType());
        if (number.feeUnpaid(now)) {
            tellAndText(number, "Number fee unpaid", "Your earnings do not cover the " + Cents.dollars(fee)
                    + " fee for " + number.getPhoneNumber() + ". Pay it by " + day(now.plus(grace))
                    + " or the number stops taking calls.");
        }
        if (number.isGraceOver(now, grace)) {
            number.suspend(now);
            tellAndText(number, "Number suspended", number.getPhoneNumber() + " no longer takes calls: its "
                    + Cents.dollars(fee) + " fee is unpaid. Pay it by " + day(now.plus(releaseAfter))
                    + " to keep the number.");
            return Step.SUSPENDED;
        }
        if (number.isSuspendedFor(now, releaseAfter)) {
            // the reconciliation tells the provider
            number.release(now);
            tellAndText(number, "Number given back", number.getPhoneNumber() + " was given back: its fee stayed"
                    + " unpaid.");
            return Step.RELEASED;
        }
        return Step.UNPAID;
    }

    private Duration reminderNotice() {
        return Duration.ofDays(settings.value("number_fee_reminder_days"));
    }

    private void tell(OperatorNumber number, String title, String text) {
        notifications.notify(number.getOperatorId(), NotificationType.PHONE_NUMBER, title, text,
                NumberPurchases.PANEL);
    }

    private void tellAndText(OperatorNumber number, String title, String text) {
        notifications.notifyAndText(number.getOperatorId(), NotificationType.PHONE_NUMBER, title, text,
                NumberPurchases.PANEL, "AEIMS: " + text);
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(ZoneOffset.UTC)) + " (UTC)";
    }
}
