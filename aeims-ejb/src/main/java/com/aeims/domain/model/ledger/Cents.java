package com.aeims.domain.model.ledger;

/** Amounts in cents as people read them in texts the services write (statements, notifications). */
public final class Cents {

    private Cents() {
    }

    public static String dollars(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + "$" + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
