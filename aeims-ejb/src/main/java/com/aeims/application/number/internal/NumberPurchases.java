package com.aeims.application.number.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.notification.Notifications;
import com.aeims.application.number.NumberRefused;
import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The steps of buying and giving back a number, each committed on its own, so that whatever the provider did is
 * recorded before or after it and a failure in between is found by the reconciliation: the number is reserved before
 * the provider is asked, paid for and made active after it sold it, failed when it refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NumberPurchases {

    static final String PANEL = "/operator/numbers.xhtml";

    /** What became of a purchase the provider sold. */
    public enum Completion { ACTIVE, UNPAID, ALREADY_FAILED }

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private OperatorNumberRepository numbers;

    @Inject
    private NumberFees fees;

    @Inject
    private Notifications notifications;

    /** The purchase under the key: the earlier one, or a new reservation (the second value says which). */
    public record Reservation(NumberView number, boolean isNew) {
    }

    public Reservation reserve(long operatorId, String phoneNumber, NumberType type, String locality, String region,
                        String purchaseKey) {
        Optional<OperatorNumber> earlier = numbers.findByKey(purchaseKey);
        if (earlier.isPresent()) {
            return new Reservation(view(earlier.get()), false);
        }
        // the operator first: two purchases at once count the operator's numbers one after the other
        Operator operator = em.find(Operator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        if (numbers.heldBy(operatorId) >= OperatorNumbers.MOST_HELD) {
            throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_LIMIT",
                    "You have " + OperatorNumbers.MOST_HELD + " numbers; give one back before buying another");
        }
        if (numbers.isHeld(phoneNumber)) {
            throw unavailable(phoneNumber);
        }
        long fee = numbers.monthlyFeeCents(type);
        if (!fees.covers(operatorId, fee)) {
            throw new NumberRefused(Reason.FUNDS_NEEDED, "EARNINGS_NEEDED", "The first month's fee ("
                    + Cents.dollars(fee) + ") is paid from your earnings, and they do not cover it yet");
        }
        OperatorNumber number = new OperatorNumber(operatorId, phoneNumber, type, blankToNull(locality),
                blankToNull(region), purchaseKey, operator.getRatePerMinuteCents(), Instant.now());
        Optional<OperatorNumber> stored = numbers.add(number);
        if (stored.isEmpty()) {
            // the same key or the same number raced this request
            return numbers.findByKey(purchaseKey).map(same -> new Reservation(view(same), false))
                    .orElseThrow(() -> unavailable(phoneNumber));
        }
        return new Reservation(view(stored.get()), true);
    }

    /** Records the sale: the first month charged (unless the fee is nothing) and the number active, once. */
    public Completion complete(long numberId, String sid) {
        OperatorNumber number = locked(numberId);
        if (number.getStatus() == OperatorNumber.Status.FAILED) {
            return Completion.ALREADY_FAILED;
        }
        if (number.getStatus() != OperatorNumber.Status.PURCHASING) {
            return Completion.ACTIVE;
        }
        long fee = numbers.monthlyFeeCents(number.getType());
        if (!fees.covers(number.getOperatorId(), fee)) {
            return Completion.UNPAID;
        }
        number.purchased(sid, Instant.now());
        if (fee > 0) {
            fees.charge(number, 1, fee);
        }
        notifications.notify(number.getOperatorId(), NotificationType.PHONE_NUMBER, "Your new number",
                number.getPhoneNumber() + " is yours" + (fee > 0 ? "; the first month's " + Cents.dollars(fee)
                        + " came from your earnings." : "."), PANEL);
        return Completion.ACTIVE;
    }

    /** Records that the number was not bought (refused, or bought and given back): nothing was charged. */
    public void fail(long numberId, String reason, boolean tellOperator) {
        OperatorNumber number = locked(numberId);
        if (number.getStatus() != OperatorNumber.Status.PURCHASING) {
            return;
        }
        number.failed(reason);
        if (tellOperator) {
            notifications.notify(number.getOperatorId(), NotificationType.PHONE_NUMBER, "Number not bought",
                    number.getPhoneNumber() + " could not be bought: " + reason + ". Nothing was charged.", PANEL);
        }
    }

    /** Stops using the operator's number now; returns its provider id, to tell the provider. */
    public Optional<String> release(long operatorId, long numberId) {
        OperatorNumber number = numbers.lock(numberId).filter(n -> n.getOperatorId() == operatorId)
                .orElseThrow(() -> new UnknownEntityException("NUMBER_NOT_FOUND", "You have no number " + numberId));
        if (number.getStatus() == OperatorNumber.Status.PURCHASING) {
            throw new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_PURCHASE_UNCONFIRMED",
                    "The purchase of this number is still being confirmed; try again in a few minutes");
        }
        number.release(Instant.now());
        return number.getStatus() == OperatorNumber.Status.RELEASING ? number.getProviderSid() : Optional.empty();
    }

    /** Records that the provider has the number back. */
    public void releasedByProvider(long numberId) {
        OperatorNumber number = locked(numberId);
        if (number.getStatus() == OperatorNumber.Status.RELEASING) {
            number.releasedByProvider(Instant.now());
        }
    }

    public NumberView view(long numberId) {
        return view(numbers.find(numberId).orElseThrow());
    }

    private NumberView view(OperatorNumber number) {
        return NumberView.of(number, numbers.monthlyFeeCents(number.getType()));
    }

    private OperatorNumber locked(long numberId) {
        return numbers.lock(numberId).orElseThrow(() -> new IllegalStateException("no number " + numberId));
    }

    private static NumberRefused unavailable(String phoneNumber) {
        return new NumberRefused(Reason.NOT_POSSIBLE_NOW, "NUMBER_UNAVAILABLE",
                phoneNumber + " is no longer available; search again");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
