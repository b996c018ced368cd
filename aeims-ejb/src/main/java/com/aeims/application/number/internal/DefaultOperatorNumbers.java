package com.aeims.application.number.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.number.NumberProvider;
import com.aeims.application.number.NumberRefused;
import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Buying and giving back numbers, with the provider called between transactions: no database transaction waits on
 * the provider, and each step's outcome is committed before the next one starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultOperatorNumbers implements OperatorNumbers {

    private static final Logger LOG = Logger.getLogger(DefaultOperatorNumbers.class.getName());
    private static final int MOST_OFFERED = 20;
    private static final Pattern CONTAINS = Pattern.compile("[0-9A-Za-z*]{2,10}");
    private static final Pattern LOCALITY = Pattern.compile("[\\p{L} .'-]{2,40}");
    private static final Duration FAILURES_SHOWN = Duration.ofDays(1);

    @Inject
    private NumberProvider provider;

    @Inject
    private NumberPurchases purchases;

    @Inject
    private OperatorNumberRepository numbers;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Offer> search(NumberProvider.Search search) {
        if (search.type() == null) {
            throw ValidationFailure.of("VALIDATION_FAILED", "type", "type is local or toll_free");
        }
        if (search.areaCode() != null && (search.areaCode() < 200 || search.areaCode() > 999)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "area_code", "An area code is three digits, 200 to 999");
        }
        if (!blank(search.contains()) && !CONTAINS.matcher(search.contains()).matches()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "contains",
                    "2 to 10 digits or letters (letters as on a keypad), * for any digit");
        }
        if (!blank(search.locality()) && !LOCALITY.matcher(search.locality()).matches()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "locality", "A city or town name, 2 to 40 letters");
        }
        requireProvider();
        long fee = numbers.monthlyFeeCents(search.type());
        try {
            return provider.search(search, MOST_OFFERED).stream().map(offered -> new Offer(offered, fee)).toList();
        } catch (NumberProvider.Unavailable | NumberProvider.Refused e) {
            LOG.log(Level.WARNING, "The number search failed", e);
            throw new NumberRefused(Reason.SERVICE_UNAVAILABLE, "NUMBERS_UNAVAILABLE",
                    "Numbers cannot be searched right now; try again in a minute");
        }
    }

    @Override
    public NumberView buy(long operatorId, String phoneNumber, NumberType type, String locality, String region,
                          String idempotencyKey) {
        if (type == null) {
            throw ValidationFailure.of("VALIDATION_FAILED", "type", "type is local or toll_free");
        }
        String number = PhoneNumber.normalize(phoneNumber);
        if (!PhoneNumber.isE164(number)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "phone_number",
                    "Choose a number from the search, such as +12125550123");
        }
        requireProvider();
        NumberPurchases.Reservation reservation = purchases.reserve(operatorId, number, type, locality, region,
                operatorId + ":" + idempotencyKey);
        if (!reservation.isNew()) {
            return reservation.number();
        }
        long numberId = reservation.number().id();
        NumberProvider.Held bought;
        try {
            bought = provider.buy(number, numberId);
        } catch (NumberProvider.Refused refused) {
            // Twilio's SDK sends a purchase again after a 5xx answer: the first may have bought it for us
            bought = boughtForUs(number, numberId).orElseGet(() -> {
                purchases.fail(numberId, "the provider refused it (" + refused.getMessage() + ")", false);
                throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_UNAVAILABLE",
                        number + " could not be bought: it may have just been taken; search again");
            });
        } catch (NumberProvider.Unavailable unknown) {
            LOG.log(Level.WARNING, "The purchase of number " + numberId + " is unconfirmed; the reconciliation"
                    + " finishes or undoes it", unknown);
            throw unconfirmed();
        }
        NumberPurchases.Completion completion = purchases.complete(numberId, bought.sid());
        if (completion != NumberPurchases.Completion.ACTIVE) {
            undo(numberId, bought.sid(), completion);
            throw completion == NumberPurchases.Completion.UNPAID
                    ? new NumberRefused(Reason.FUNDS_NEEDED, "EARNINGS_NEEDED",
                    "Your earnings no longer cover the first month's fee; nothing was charged")
                    : unconfirmed();
        }
        return purchases.view(numberId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NumberView> list(long operatorId) {
        return numbers.ofOperator(operatorId, Instant.now().minus(FAILURES_SHOWN)).stream()
                .map(number -> NumberView.of(number, numbers.monthlyFeeCents(number.getType()))).toList();
    }

    @Override
    public NumberView release(long operatorId, long numberId) {
        purchases.release(operatorId, numberId).ifPresent(sid -> {
            try {
                provider.release(sid);
                purchases.releasedByProvider(numberId);
            } catch (NumberProvider.Unavailable unknown) {
                LOG.log(Level.WARNING, "Number " + numberId + " is out of use; the provider is told later", unknown);
            }
        });
        return purchases.view(numberId);
    }

    /** The number, if the provider holds it as bought for this purchase; unknown when it cannot be asked now. */
    private Optional<NumberProvider.Held> boughtForUs(String number, long numberId) {
        try {
            return provider.find(number)
                    .filter(held -> held.numberId().isPresent() && held.numberId().getAsLong() == numberId);
        } catch (NumberProvider.Unavailable | NumberProvider.Refused unknown) {
            LOG.log(Level.WARNING, "The purchase of number " + numberId + " is unconfirmed; the reconciliation"
                    + " finishes or undoes it", unknown);
            throw unconfirmed();
        }
    }

    /** A number the provider sold that cannot be the operator's after all goes back to the provider. */
    private void undo(long numberId, String sid, NumberPurchases.Completion completion) {
        try {
            provider.release(sid);
            if (completion == NumberPurchases.Completion.UNPAID) {
                purchases.fail(numberId, "the operator's earnings did not cover the first month's fee", false);
            }
        } catch (NumberProvider.Unavailable unknown) {
            // still PURCHASING or FAILED: the reconciliation finds the number at the provider and gives it back
            LOG.log(Level.WARNING, "Could not give back number " + numberId + "; the reconciliation will", unknown);
        }
    }

    private void requireProvider() {
        if (!provider.isConfigured()) {
            throw new NumberRefused(Reason.SERVICE_UNAVAILABLE, "NUMBERS_NOT_CONFIGURED",
                    "Own numbers are not offered here yet (the platform's number provider is not configured)");
        }
    }

    private static NumberRefused unconfirmed() {
        return new NumberRefused(Reason.SERVICE_UNAVAILABLE, "NUMBER_PURCHASE_UNCONFIRMED",
                "The number provider did not confirm the purchase. It is checked within a few minutes: the number"
                        + " becomes yours, or nothing is charged; see My numbers");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
