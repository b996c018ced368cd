package com.aeims.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Formats cent amounts for pages: {@code #{money.format(op.ratePerMinuteCents)}}. */
@Named
@ApplicationScoped
public class Money {

    public String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format("%s$%d.%02d", sign, abs / 100, abs % 100);
    }
}
