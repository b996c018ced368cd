package com.aeims.domain.model.operator;

import java.io.Serializable;

/**
 * What an operator shows customers and charges them: the editable part of an {@link Operator}.
 * Prices are in cents.
 */
public record OperatorProfile(
        String displayName,
        String headline,
        String bio,
        String languages,
        Integer age,
        Integer heightCm,
        String build,
        String hairColor,
        String eyeColor,
        int ratePerMinuteCents,
        int connectFeeCents,
        int messagePriceCents) implements Serializable {
}
