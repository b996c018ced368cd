package com.aeims.domain.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.TransferLeg;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackReversalTest {

    private static final long CUSTOMER = 7;

    @Test
    void anUnspentPackIsTakenBackWholeWithItsBonusAndNoLoss() {
        PackReversal reversal = PackReversal.of(CUSTOMER, 2500, 100, 0, 2500, 2600);

        assertEquals(new PackReversal(CUSTOMER, 2500, 100, 0), reversal);
        assertEquals(List.of(
                new TransferLeg(AccountRef.available(CUSTOMER), AccountRef.platform(AccountKind.EXTERNAL_FUNDING), 2500),
                new TransferLeg(AccountRef.available(CUSTOMER), AccountRef.platform(AccountKind.PROMOTIONAL_CREDIT), 100)),
                reversal.legs());
    }

    @Test
    void whatWasSpentBecomesTheLossAndTheBalanceEndsAtZeroNotBelow() {
        PackReversal reversal = PackReversal.of(CUSTOMER, 2500, 100, 0, 2500, 900);

        assertEquals(900, reversal.priceBackCents(), "the money part comes back first");
        assertEquals(0, reversal.bonusBackCents(), "nothing is left for the bonus");
        assertEquals(1600, reversal.lossCents());
        assertEquals(2500, reversal.amountCents(), "the whole price is accounted for");
        assertTrue(reversal.legs().contains(new TransferLeg(AccountRef.platform(AccountKind.PAYMENT_LOSS),
                AccountRef.platform(AccountKind.EXTERNAL_FUNDING), 1600)));
    }

    @Test
    void aPartialRefundTakesItsShareOfTheBonusAndTwoHalvesTakeTheWhole() {
        PackReversal first = PackReversal.of(CUSTOMER, 5000, 500, 0, 2500, 5500);
        PackReversal second = PackReversal.of(CUSTOMER, 5000, 500, 2500, 2500, 5500 - 2750);

        assertEquals(new PackReversal(CUSTOMER, 2500, 250, 0), first);
        assertEquals(new PackReversal(CUSTOMER, 2500, 250, 0), second);
    }

    @Test
    void moreThanIsLeftCountsAsWhatIsLeftAndNothingLeftTakesNothing() {
        assertEquals(1000, PackReversal.of(CUSTOMER, 2500, 0, 1500, 9999, 5000).amountCents());
        assertTrue(PackReversal.of(CUSTOMER, 2500, 100, 2500, 2500, 5000).isEmpty());
    }

    @Test
    void aReversalBeyondThePriceOrOfANegativeAmountIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> PackReversal.of(CUSTOMER, 2500, 0, 2600, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> PackReversal.of(CUSTOMER, 2500, 0, 0, -1, 0));
    }
}
