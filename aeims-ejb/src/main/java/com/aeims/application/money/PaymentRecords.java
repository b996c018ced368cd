package com.aeims.application.money;

import com.aeims.application.money.PaymentNotifications.Outcome;
import com.aeims.domain.model.payment.PaymentStatus;
import com.aeims.domain.model.payment.ReversalKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Purchases of credit packs and the notifications payment services sent about them. Joins the caller's transaction. */
public interface PaymentRecords {

    record Payment(long id, UUID checkoutId, String idempotencyKey, long customerId, String packCode,
                   String packName, long priceCents, long bonusCents, String currency, String provider,
                   PaymentStatus status, String transactionId, String declineReason, String checkoutUrl,
                   long reversedCents, Instant createdAt, long awaitingHeldCents) {

        public long creditCents() {
            return priceCents + bonusCents;
        }
    }

    record NewPayment(UUID checkoutId, String idempotencyKey, long customerId, String packCode, long priceCents,
                      long bonusCents, String provider) {
    }

    /** A reversal that arrived before its sale was confirmed. */
    record WaitingReversal(long eventId, ReversalKind kind, long amountCents, String reason) {
    }

    Optional<Payment> byKey(String idempotencyKey);

    /** Inserts the purchase as pending, or nothing when its key was taken meanwhile (then it is empty). */
    Optional<Payment> create(NewPayment payment);

    /** Locks the purchase until the transaction ends. */
    Optional<Payment> lockByCheckout(UUID checkoutId);

    /** Locks the purchase the service's transaction paid for until the transaction ends. */
    Optional<Payment> lockByTransaction(String provider, String transactionId);

    List<Payment> recent(long customerId, int limit);

    void sentToForm(long paymentId, String checkoutUrl);

    void succeeded(long paymentId, String transactionId, long postingId);

    void notPaid(long paymentId, PaymentStatus status, String reason);

    void reversed(long paymentId, long reversedCents, PaymentStatus status);

    /** Sets what a chargeback is still to take back once the customer's calls have released their holds. */
    void awaitHeld(long paymentId, long cents);

    /** Charged-back payments still waiting for held funds, oldest first. */
    List<Long> awaitingHeld(int limit);

    /** Locks the purchase until the transaction ends. */
    Optional<Payment> lockById(long paymentId);

    /** Records a delivery; empty when one with the same content was recorded before. */
    OptionalLong recordEvent(String provider, PaymentNotice notice, String contentHash, String sourceAddress,
                             String body);

    /** What became of the delivery recorded before with this content. */
    Optional<PaymentNotifications.Receipt> outcomeOf(String provider, String contentHash);

    void eventOutcome(long eventId, Outcome outcome, String detail, Long paymentId, Long postingId);

    /** The reversals of this transaction still waiting for its sale, oldest first. */
    List<WaitingReversal> waitingReversals(String provider, String transactionId);
}
