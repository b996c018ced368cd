package com.aeims.application.call;

import com.aeims.application.PriceChanged;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.operator.Operator;
import java.util.Map;

/** The price of a call as the customer was shown it, sent with the call so it is the price they pay. */
public record CallPrice(long ratePerMinuteCents, long connectFeeCents) {

    /**
     * Refuses, with the operator's price now, when it is not the price the customer saw; read under the operator's
     * lock, so the price cannot change between this check and the terms it freezes.
     */
    public void requireCurrent(Operator operator) {
        long rate = operator.getRatePerMinuteCents();
        long fee = operator.getConnectFeeCents();
        if (ratePerMinuteCents != rate || connectFeeCents != fee) {
            throw new PriceChanged(operator.getDisplayName() + " now charges " + Cents.dollars(rate) + " a minute and "
                    + Cents.dollars(fee) + " to connect; ask again to accept the new price",
                    Map.of("rate_per_minute", rate, "connect_fee", fee));
        }
    }
}
