package com.aeims.application.money.internal;

import com.aeims.application.money.MoneySettings;
import com.aeims.application.money.PaymentRecords.Payment;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.ChargeRepository;
import com.aeims.domain.model.ledger.ChargeRepository.OperatorShare;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Where the money setting says operators bear chargebacks: the loss is taken back from the operators who earned
 * from the customer's spending since the purchase, the earliest first, each up to what they earned from it and
 * what they have not been paid yet (the reserve period keeps recent earnings unpaid for this). One posting per
 * operator, with the reason; what cannot be taken back stays the platform's loss.
 */
@ApplicationScoped
class ChargebackRecovery {

    @Inject
    private MoneySettings settings;

    @Inject
    private ChargeRepository charges;

    @Inject
    private Ledger ledger;

    /**
     * @param stage tells this recovery apart from another of the same chargeback (what was spent at once, what a
     *              call spent of its hold)
     * @return what was taken back from operators
     */
    long recover(Payment payment, long lossCents, String reason, String stage) {
        if (lossCents <= 0 || !settings.chargebacksBorneByOperators()) {
            return 0;
        }
        long left = lossCents;
        for (OperatorShare share : charges.operatorSharesSince(payment.customerId(), payment.createdAt())) {
            if (left == 0) {
                break;
            }
            AccountRef earnings = AccountRef.earnings(share.operatorId());
            long take = Math.min(left, Math.min(share.operatorCents(), ledger.lockedBalance(earnings)));
            if (take > 0) {
                ledger.post(PostingRequest.of("chargeback-recovery:" + payment.id() + ":" + stage + ":"
                                + share.operatorId(), PostingKind.CHARGEBACK,
                        payment.transactionId(), "Earnings from a customer's spending taken back: their payment was"
                                + " charged back" + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"),
                        List.of(new TransferLeg(earnings, AccountRef.platform(AccountKind.PAYMENT_LOSS), take))));
                left -= take;
            }
        }
        return lossCents - left;
    }
}
