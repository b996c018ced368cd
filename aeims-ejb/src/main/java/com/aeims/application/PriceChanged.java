package com.aeims.application;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The price the customer was shown is no longer the price: the operator changed it between the page and the request.
 * Nothing is charged; the customer is told the new price ({@link #currentCents}, by name) and may ask again at it.
 */
@ApplicationException(rollback = true)
public class PriceChanged extends Refusal {

    private final Map<String, Long> currentCents;

    public PriceChanged(String message, Map<String, Long> currentCents) {
        super(Reason.NOT_POSSIBLE_NOW, "PRICE_CHANGED", message);
        this.currentCents = Map.copyOf(currentCents);
    }

    /** The prices now, in cents, named as the request names them (e.g. {@code rate_per_minute}). */
    public Map<String, Long> currentCents() {
        return currentCents;
    }
}
