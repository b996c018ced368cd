package com.aeims.application.money.internal;

import com.aeims.application.money.PaymentRecords;
import com.aeims.application.money.PaymentRecords.Payment;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import com.aeims.domain.model.payment.PackReversal;
import com.aeims.domain.model.payment.ReversalKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a payment's sale and its reversals write to the ledger. The keys name the payment service's transaction,
 * so however often the service repeats itself, a sale is credited once and a reversal taken once.
 */
@ApplicationScoped
class PaymentBook {

    @Inject
    private Ledger ledger;

    @Inject
    private PaymentRecords payments;

    @Inject
    private DefaultSpendingGuard spending;

    @Inject
    private ChargebackRecovery recovery;

    Posting credit(Payment payment, String transactionId) {
        List<TransferLeg> legs = new ArrayList<>();
        AccountRef available = AccountRef.available(payment.customerId());
        legs.add(new TransferLeg(AccountRef.platform(AccountKind.EXTERNAL_FUNDING), available, payment.priceCents()));
        if (payment.bonusCents() > 0) {
            legs.add(new TransferLeg(AccountRef.platform(AccountKind.PROMOTIONAL_CREDIT), available,
                    payment.bonusCents()));
        }
        Posting posting = ledger.post(PostingRequest.of("funds:" + payment.provider() + ":" + transactionId,
                PostingKind.ADD_FUNDS, transactionId, payment.packName() + " credit pack", legs));
        payments.succeeded(payment.id(), transactionId, posting.id());
        return posting;
    }

    /**
     * Takes back what the reversal gives back to the card; empty when the whole price was taken back before.
     *
     * @param deliveryKey up to 12 characters telling this delivery apart from other reversals of the sale
     */
    Optional<Posting> reverse(Payment payment, ReversalKind kind, long amountCents, String reason,
                              String deliveryKey) {
        long available = ledger.lockedBalance(AccountRef.available(payment.customerId()));
        PackReversal reversal = PackReversal.of(payment.customerId(), payment.priceCents(), payment.bonusCents(),
                payment.reversedCents(), amountCents, available);
        if (reversal.isEmpty()) {
            return Optional.empty();
        }
        String description = switch (kind) {
            case REFUND -> "Refund";
            case VOID -> "Payment voided";
            case CHARGEBACK -> "Chargeback";
        } + " of the " + payment.packName() + " credit pack by " + payment.provider()
                + (reason == null || reason.isBlank() ? "" : ": " + reason);
        Posting posting = ledger.post(PostingRequest.of("reversal:" + payment.provider() + ":"
                        + payment.transactionId() + ":" + deliveryKey,
                kind == ReversalKind.CHARGEBACK ? PostingKind.CHARGEBACK : PostingKind.REFUND,
                payment.transactionId(), truncate(description), reversal.legs()));
        if (kind == ReversalKind.CHARGEBACK) {
            // what a call in progress holds is not spent yet: taken back when the call ends, not booked as lost
            long held = Math.min(reversal.lossCents(), ledger.balance(AccountRef.held(payment.customerId())));
            payments.awaitHeld(payment.id(), payment.awaitingHeldCents() + held);
            recovery.recover(payment, reversal.lossCents() - held, reason, "spent");
            spending.freeze(payment.customerId(), "Chargeback of the " + payment.packName() + " credit pack bought "
                    + payment.createdAt().toString().substring(0, 10));
        }
        long reversed = payment.reversedCents() + reversal.amountCents();
        payments.reversed(payment.id(), reversed,
                reversed == payment.priceCents() ? kind.whenWhole() : payment.status());
        return Optional.of(posting);
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
