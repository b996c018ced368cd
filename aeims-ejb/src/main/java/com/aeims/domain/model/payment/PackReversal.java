package com.aeims.domain.model.payment;

import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.TransferLeg;
import java.util.ArrayList;
import java.util.List;

/**
 * What the platform takes back when a payment service gives (part of) a pack's price back to the card. The money
 * part comes first, from what the customer can still spend, then the bonus in proportion to the share given back;
 * the part of the price the customer already spent is the platform's loss. A balance never goes below zero.
 */
public record PackReversal(long customerId, long priceBackCents, long bonusBackCents, long lossCents) {

    /**
     * @param priceCents      what the customer paid for the pack
     * @param bonusCents      the credit the pack added on top
     * @param reversedCents   the part of the price already given back by earlier reversals
     * @param amountCents     what the payment service gives back now (more than is left counts as what is left)
     * @param availableCents  what the customer can spend now
     */
    public static PackReversal of(long customerId, long priceCents, long bonusCents, long reversedCents,
                                  long amountCents, long availableCents) {
        if (priceCents <= 0 || reversedCents < 0 || reversedCents > priceCents || amountCents < 0
                || availableCents < 0) {
            throw new IllegalArgumentException("not a pack reversal: price " + priceCents + ", reversed "
                    + reversedCents + ", amount " + amountCents + ", available " + availableCents);
        }
        long amount = Math.min(amountCents, priceCents - reversedCents);
        long bonusShare = bonusCents * (reversedCents + amount) / priceCents - bonusCents * reversedCents / priceCents;
        long priceBack = Math.min(amount, availableCents);
        long bonusBack = Math.min(bonusShare, availableCents - priceBack);
        return new PackReversal(customerId, priceBack, bonusBack, amount - priceBack);
    }

    /** The part of the price this reversal accounts for. */
    public long amountCents() {
        return priceBackCents + lossCents;
    }

    public boolean isEmpty() {
        return amountCents() == 0 && bonusBackCents == 0;
    }

    public List<TransferLeg> legs() {
        AccountRef available = AccountRef.available(customerId);
        AccountRef funding = AccountRef.platform(AccountKind.EXTERNAL_FUNDING);
        List<TransferLeg> legs = new ArrayList<>();
        if (priceBackCents > 0) {
            legs.add(new TransferLeg(available, funding, priceBackCents));
        }
        if (bonusBackCents > 0) {
            legs.add(new TransferLeg(available, AccountRef.platform(AccountKind.PROMOTIONAL_CREDIT), bonusBackCents));
        }
        if (lossCents > 0) {
            legs.add(new TransferLeg(AccountRef.platform(AccountKind.PAYMENT_LOSS), funding, lossCents));
        }
        return legs;
    }
}
