package com.aeims.application.operator;

import java.io.Serializable;

/** Filters for the customer operator search; null means "any". Prices in cents. */
public record OperatorSearch(boolean onlineOnly, Integer minRateCents, Integer maxRateCents, Integer minAge,
                             Integer maxAge, String hairColor, String eyeColor, String build, String text)
        implements Serializable {

    public static OperatorSearch any() {
        return new OperatorSearch(false, null, null, null, null, null, null, null, null);
    }
}
