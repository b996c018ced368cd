package com.aeims.domain.model.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A range the platform allows operators to set one of their prices in. */
@Entity
@Table(name = "pricing_limit")
public class PricingLimit {

    public static final String RATE_PER_MINUTE = "rate_per_minute";
    public static final String CONNECT_FEE = "connect_fee";
    public static final String MESSAGE_PRICE = "message_price";

    @Id
    private String name;

    @Column(name = "min_cents", nullable = false)
    private int minCents;

    @Column(name = "max_cents", nullable = false)
    private int maxCents;

    protected PricingLimit() {
    }

    public PricingLimit(String name, int minCents, int maxCents) {
        this.name = name;
        this.minCents = minCents;
        this.maxCents = maxCents;
    }

    public boolean allows(int cents) {
        return cents >= minCents && cents <= maxCents;
    }

    public String getName() { return name; }
    public int getMinCents() { return minCents; }
    public int getMaxCents() { return maxCents; }
}
