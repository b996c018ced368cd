package com.aeims.application.money.internal;

import com.aeims.application.money.IncomingNotification;
import com.aeims.application.money.NotificationRefused;
import com.aeims.application.money.PaymentNotice;
import com.aeims.application.money.PaymentNotifications;
import com.aeims.application.money.PaymentProvider;
import com.aeims.application.money.PaymentRecords;
import com.aeims.application.money.PaymentRecords.Payment;
import com.aeims.application.money.PaymentRecords.WaitingReversal;
import com.aeims.domain.model.Sha256;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.payment.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Applies what payment services report, each delivery in one transaction with its record. A sale is matched to the
 * pending purchase it names and must be for the price and currency AEIMS asked; reversals follow the sale they
 * name, whichever arrives first.
 */
@Stateless
public class DefaultPaymentNotifications implements PaymentNotifications {

    private static final Logger LOG = Logger.getLogger(DefaultPaymentNotifications.class.getName());

    @Inject
    private PaymentProviders providers;

    @Inject
    private PaymentRecords payments;

    @Inject
    private PaymentBook book;

    @Override
    public Receipt receive(String providerName, IncomingNotification notification) {
        PaymentProvider provider = providers.named(providerName)
                .orElseThrow(() -> NotificationRefused.noSuchService(providerName));
        PaymentNotice notice = provider.read(notification);
        String hash = Sha256.hex(notice.eventType() + "\n" + notification.body());
        OptionalLong recorded = payments.recordEvent(providerName, notice, hash, notification.sourceAddress(),
                notification.body());
        if (recorded.isEmpty()) {
            Receipt earlier = payments.outcomeOf(providerName, hash).orElseThrow();
            return new Receipt(Outcome.DUPLICATE, "Received before (" + earlier.outcome() + ")");
        }
        long eventId = recorded.getAsLong();
        Applied applied;
        if (notice instanceof PaymentNotice.SaleSucceeded sale) {
            applied = sale(providerName, sale);
        } else if (notice instanceof PaymentNotice.SaleFailed failure) {
            applied = failure(failure);
        } else if (notice instanceof PaymentNotice.Reversal reversal) {
            applied = reversal(providerName, reversal, hash);
        } else {
            applied = new Applied(Outcome.IGNORED, notice.eventType() + " moves no money here", null, null);
        }
        if (applied.outcome() == Outcome.REJECTED) {
            LOG.warning(() -> providerName + " " + notice.eventType() + " for transaction " + notice.transactionId()
                    + " rejected: " + applied.detail());
        }
        payments.eventOutcome(eventId, applied.outcome(), applied.detail(), applied.paymentId(),
                applied.postingId());
        return new Receipt(applied.outcome(), applied.detail());
    }

    private record Applied(Outcome outcome, String detail, Long paymentId, Long postingId) {
    }

    private Applied sale(String providerName, PaymentNotice.SaleSucceeded sale) {
        Optional<Payment> found = payments.lockByCheckout(sale.checkoutId());
        if (found.isEmpty() || !found.get().provider().equals(providerName)) {
            return new Applied(Outcome.REJECTED, "No checkout " + sale.checkoutId() + " was sent to "
                    + providerName, null, null);
        }
        Payment payment = found.get();
        if (sale.amountCents() != payment.priceCents() || !sale.currency().equals(payment.currency())) {
            return new Applied(Outcome.REJECTED, "Billed " + sale.amountCents() + " cents " + sale.currency()
                    + " for a checkout of " + payment.priceCents() + " cents " + payment.currency(), payment.id(), null);
        }
        if (!payment.status().awaitsSale()) {
            boolean same = sale.transactionId().equals(payment.transactionId());
            if (!same) {
                LOG.severe(() -> "Checkout " + payment.checkoutId() + " was paid twice: by " + payment.transactionId()
                        + " (credited) and by " + sale.transactionId() + " (not credited; refund it at the gateway)");
            }
            return new Applied(same ? Outcome.IGNORED : Outcome.REJECTED, same ? "Credited before"
                    : "The checkout was paid before by transaction " + payment.transactionId(), payment.id(), null);
        }
        if (payments.lockByTransaction(providerName, sale.transactionId()).isPresent()) {
            return new Applied(Outcome.REJECTED, "Transaction " + sale.transactionId() + " paid another checkout",
                    payment.id(), null);
        }
        Posting credit = book.credit(payment, sale.transactionId());
        Payment credited = payments.lockByCheckout(payment.checkoutId()).orElseThrow();
        for (WaitingReversal waiting : payments.waitingReversals(providerName, sale.transactionId())) {
            Optional<Posting> taken = book.reverse(credited, waiting.kind(), waiting.amountCents(), waiting.reason(),
                    "e" + waiting.eventId());
            payments.eventOutcome(waiting.eventId(), Outcome.APPLIED, "Applied when the sale arrived",
                    payment.id(), taken.map(Posting::id).orElse(null));
            credited = payments.lockByCheckout(payment.checkoutId()).orElseThrow();
        }
        return new Applied(Outcome.APPLIED, "Credited", payment.id(), credit.id());
    }

    private Applied failure(PaymentNotice.SaleFailed failure) {
        Optional<Payment> found = payments.lockByCheckout(failure.checkoutId());
        if (found.isEmpty()) {
            return new Applied(Outcome.REJECTED, "No checkout " + failure.checkoutId(), null, null);
        }
        Payment payment = found.get();
        if (payment.status() != PaymentStatus.PENDING) {
            return new Applied(Outcome.IGNORED, "The purchase is " + payment.status(), payment.id(), null);
        }
        payments.notPaid(payment.id(), PaymentStatus.FAILED, failure.reason());
        return new Applied(Outcome.APPLIED, "Marked failed", payment.id(), null);
    }

    private Applied reversal(String providerName, PaymentNotice.Reversal reversal, String hash) {
        Optional<Payment> found = payments.lockByTransaction(providerName, reversal.transactionId());
        if (found.isEmpty()) {
            return new Applied(Outcome.WAITING, "No sale " + reversal.transactionId() + " confirmed yet", null, null);
        }
        Payment payment = found.get();
        if (!reversal.currency().equals(payment.currency())) {
            return new Applied(Outcome.REJECTED, "A reversal in " + reversal.currency() + " of a sale in "
                    + payment.currency(), payment.id(), null);
        }
        Optional<Posting> taken = book.reverse(payment, reversal.kind(), reversal.amountCents(), reversal.reason(),
                hash.substring(0, 12));
        return taken.map(posting -> new Applied(Outcome.APPLIED, reversal.kind() + " taken back", payment.id(),
                        posting.id()))
                .orElseGet(() -> new Applied(Outcome.IGNORED, "Taken back before", payment.id(), null));
    }
}
