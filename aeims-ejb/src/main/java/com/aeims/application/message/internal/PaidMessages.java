package com.aeims.application.message.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.BillingService;
import com.aeims.application.notification.Notifications;
import com.aeims.domain.model.interaction.InteractionRepository;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The steps every message between a customer and an operator takes, chat or mail: the client's key (a retry is the
 * same message, never a second charge), the customer's charge, then once it is stored the interaction record and a
 * notification to each side. Runs in the caller's transaction: a refused charge leaves nothing stored.
 */
@ApplicationScoped
class PaidMessages {

    static final int MAX_KEY_LENGTH = 80;

    /** What one side is told. */
    record Notice(long accountId, NotificationType type, String title, String body, String link) {
    }

    @Inject
    private BillingService billing;

    @Inject
    private InteractionRepository interactions;

    @Inject
    private Notifications notifications;

    /** The client's key, checked and stripped, or a new one when it sent none. */
    static String clientKey(String idempotencyKey, ValidationFailure.Collector errors) {
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY_LENGTH) {
            errors.reject("idempotency_key", "Use at most " + MAX_KEY_LENGTH + " characters");
        }
        return idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey.strip();
    }

    /** A retry must be the same message: the same key for another one is a client's mistake, refused. */
    static void requireSame(boolean same, String what) {
        if (!same) {
            throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                    "That idempotency key was used for a different " + what);
        }
    }

    /**
     * Charges the customer the price under the posting key; insufficient funds end the send here. Returns the
     * posting's id, or null when the message is free.
     */
    Long charge(String postingKey, long customerId, Operator operator, long priceCents, String reference,
                String description) {
        if (priceCents <= 0) {
            return null;
        }
        return billing.charge(postingKey, PostingKind.MESSAGE, customerId, operator.getId(), priceCents,
                operator.getOperatorSharePercent(), reference, description).id();
    }

    /** The message is stored: a customer's counts on the interaction record, and both sides are told. */
    void delivered(InteractionRepository.Contact contact, boolean fromCustomer, long operatorId, long customerId,
                   long chargedCents, Notice toRecipient, Notice toSender) {
        if (fromCustomer) {
            interactions.record(contact, operatorId, customerId, chargedCents);
        }
        tell(toRecipient);
        tell(toSender);
    }

    void tell(Notice notice) {
        notifications.notify(notice.accountId(), notice.type(), notice.title(), notice.body(), notice.link());
    }
}
