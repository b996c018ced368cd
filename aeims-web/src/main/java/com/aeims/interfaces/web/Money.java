package com.aeims.interfaces.web;

import com.aeims.interfaces.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Formats cent amounts for pages: {@code #{money.format(op.ratePerMinuteCents)}}. */
@Named
@ApplicationScoped
public class Money {

    public String format(long cents) {
        return Amounts.text(cents);
    }
}
