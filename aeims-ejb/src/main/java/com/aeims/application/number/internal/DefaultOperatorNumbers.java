package com.aeims.application.number.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.number.NumberProvider;
import com.aeims.application.number.NumberRefused;
import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import com.aeims.domain.model.operator.PricingLimit;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
    private static final int MOST_FEES_LISTED = 200;
    private static final int LONGEST_LOCALITY = 80;
    private static final int LONGEST_REGION = 40;

    @Inject
    private NumberProvider provider;

    @Inject
    private NumberPurchases purchases;

    @Inject
    private OperatorNumberRepository numbers;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

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
        requireLength("locality", locality, LONGEST_LOCALITY);
        requireLength("region", region, LONGEST_REGION);
        NumberPurchases.Reservation reservation = purchases.reserve(operatorId, number, type, locality, region,
                operatorId + ":" + idempotencyKey);
        if (!reservation.isNew()) {
            return asBefore(reservation.number(), number);
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
        Map<NumberType, Long> fees = numbers.monthlyFees();
        return numbers.ofOperator(operatorId, Instant.now().minus(FAILURES_SHOWN)).stream()
                .map(number -> NumberView.of(number, fees.get(number.getType()))).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeePaid> feesPaid(long operatorId, int limit) {
        List<?> rows = em.createNativeQuery("SELECT p.created_at, n.phone_number, p.description, t.amount_cents"
                        + " FROM ledger_posting p JOIN ledger_transfer t ON t.posting_id = p.id"
                        + " JOIN operator_number n ON p.reference = 'number:' || n.id"
                        + " WHERE p.kind = 'NUMBER_FEE' AND n.operator_id = ?1"
                        + " ORDER BY p.created_at DESC, p.id DESC")
                .setParameter(1, operatorId).setMaxResults(Math.max(1, Math.min(limit, MOST_FEES_LISTED)))
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new FeePaid(instant(r[0]), (String) r[1],
                (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public NumberView setRate(long operatorId, long numberId, int ratePerMinuteCents) {
        PricingLimit limit = em.find(PricingLimit.class, PricingLimit.RATE_PER_MINUTE);
        if (!limit.allows(ratePerMinuteCents)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "rate_per_minute_cents", "Between "
                    + Cents.dollars(limit.getMinCents()) + " and " + Cents.dollars(limit.getMaxCents()) + " a minute");
        }
        OperatorNumber number = numbers.lock(numberId).filter(n -> n.getOperatorId() == operatorId)
                .orElseThrow(() -> new UnknownEntityException("NUMBER_NOT_FOUND", "You have no number " + numberId));
        if (!number.isInUse()) {
            throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_NOT_IN_USE", "This number is no longer yours");
        }
        number.setRatePerMinuteCents(ratePerMinuteCents);
        return NumberView.of(number, numbers.monthlyFeeCents(number.getType()));
    }

    @Override
    public NumberView release(long operatorId, long numberId) {
        purchases.release(operatorId, numberId).ifPresent(sid -> {
            try {
                provider.release(sid);
                purchases.releasedByProvider(numberId);
            } catch (NumberProvider.Unavailable | NumberProvider.Refused notYet) {
                // out of use here already (RELEASING): the reconciliation tells the provider again
                LOG.log(Level.WARNING, "Number " + numberId + " is out of use; the provider is told later", notYet);
            }
        });
        return purchases.view(numberId);
    }

    /** The same purchase asked again: its outcome as it stands, the same refusal if it failed. */
    private static NumberView asBefore(NumberView earlier, String asked) {
        if (!earlier.phoneNumber().equals(asked)) {
            throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key bought " + earlier.phoneNumber() + "; use a new key for another number");
        }
        return switch (earlier.status()) {
            case PURCHASING -> throw unconfirmed();
            case FAILED -> throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_UNAVAILABLE", asked
                    + " could not be bought (" + earlier.failure().orElse("refused") + "); search again");
            default -> earlier;
        };
    }

    private static void requireLength(String field, String text, int longest) {
        if (text != null && text.strip().length() > longest) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Use at most " + longest + " characters");
        }
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

    /**
     * A number the provider sold that cannot be the operator's after all goes back to the provider, marked failed
     * first so nothing can finish the purchase later; if giving it back fails, the reconciliation gives it back.
     */
    private void undo(long numberId, String sid, NumberPurchases.Completion completion) {
        if (completion == NumberPurchases.Completion.UNPAID) {
            purchases.fail(numberId, "the operator's earnings did not cover the first month's fee", false);
        }
        try {
            provider.release(sid);
        } catch (NumberProvider.Unavailable | NumberProvider.Refused unknown) {
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

    /** A TIMESTAMPTZ column as a native query returns it (the driver's type varies). */
    private static Instant instant(Object sqlTime) {
        if (sqlTime instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        return sqlTime instanceof Instant at ? at : ((Timestamp) sqlTime).toInstant();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
