package com.aeims.interfaces;

import java.math.BigDecimal;

/** Cent amounts as clients get them: exact decimal dollars in JSON, "$1.99" where people read them. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal dollars(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public static String text(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format("%s$%d.%02d", sign, abs / 100, abs % 100);
    }
}
