package com.aeims.domain.model.number;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A phone number an operator rents from the platform. It is recorded before the provider is asked for it, so a
 * purchase whose outcome was never recorded is found and finished or undone; it is the operator's from then until the
 * provider has it back. Fee periods are whole months from the purchase.
 */
@Entity
@Table(name = "operator_number")
public class OperatorNumber implements Serializable {

    public enum Status {
        /** Asked of the provider; the outcome is not recorded yet. */
        PURCHASING,
        ACTIVE,
        /** The fee went unpaid past the grace period: calls hear that the number is not available. */
        SUSPENDED,
        /** No longer in use; the provider is still to be told. */
        RELEASING,
        RELEASED,
        /** The provider refused it, or it could not be paid for: never the operator's. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(name = "phone_number", nullable = false, updatable = false)
    private String phoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "number_type", nullable = false, updatable = false)
    private NumberType type;

    @Column(updatable = false)
    private String locality;

    @Column(updatable = false)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PURCHASING;

    @Column(name = "purchase_key", nullable = false, unique = true, updatable = false)
    private String purchaseKey;

    @Column(name = "provider_sid", unique = true)
    private String providerSid;

    @Column(name = "rate_per_minute_cents", nullable = false)
    private int ratePerMinuteCents;

    @Column(name = "fee_waived", nullable = false)
    private boolean feeWaived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "purchased_at")
    private OffsetDateTime purchasedAt;

    @Column(name = "paid_periods", nullable = false)
    private int paidPeriods;

    @Column(name = "paid_until")
    private OffsetDateTime paidUntil;

    @Column(name = "reminded_period", nullable = false)
    private int remindedPeriod;

    @Column(name = "fee_unpaid_since")
    private OffsetDateTime feeUnpaidSince;

    @Column(name = "suspended_at")
    private OffsetDateTime suspendedAt;

    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    private String failure;

    protected OperatorNumber() {
    }

    public OperatorNumber(long operatorId, String phoneNumber, NumberType type, String locality, String region,
                          String purchaseKey, int ratePerMinuteCents, Instant now) {
        this.operatorId = operatorId;
        this.phoneNumber = phoneNumber;
        this.type = type;
        this.locality = locality;
        this.region = region;
        this.purchaseKey = purchaseKey;
        this.ratePerMinuteCents = ratePerMinuteCents;
        this.createdAt = at(now);
    }

    /** The provider sold it: the first period is paid (or waived) from now. */
    public void purchased(String sid, Instant now) {
        requireStatus(Status.PURCHASING);
        this.providerSid = sid;
        this.status = Status.ACTIVE;
        this.purchasedAt = at(now);
        this.paidPeriods = 1;
        this.paidUntil = purchasedAt.plusMonths(1);
    }

    /** The provider refused it, or it could not be paid for; the reason is for the operator and admins. */
    public void failed(String reason) {
        requireStatus(Status.PURCHASING);
        this.status = Status.FAILED;
        this.failure = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    /**
     * Stops using the number (the operator gave it up, or it stayed unpaid): calls to it are no longer put through,
     * and the provider is to be told. A number being bought is released once its purchase is known.
     */
    public void release(Instant now) {
        if (status == Status.ACTIVE || status == Status.SUSPENDED) {
            status = Status.RELEASING;
            releasedAt = at(now);
        }
    }

    /** The provider has it back (or never had it for us, when it says it does not know it). */
    public void releasedByProvider(Instant now) {
        requireStatus(Status.RELEASING);
        status = Status.RELEASED;
        if (releasedAt == null) {
            releasedAt = at(now);
        }
    }

    /** Whether a fee period is due: the number is in use and the last period paid has ended. */
    public boolean isFeeDue(Instant now) {
        return isInUse() && !paidUntil.toInstant().isAfter(now);
    }

    /** Whether the next period's reminder is due: it starts within the notice and was not reminded of yet. */
    public boolean isReminderDue(Instant now, Duration notice) {
        return status == Status.ACTIVE && !feeWaived && remindedPeriod < paidPeriods + 1
                && !paidUntil.toInstant().minus(notice).isAfter(now);
    }

    public void reminded() {
        remindedPeriod = paidPeriods + 1;
    }

    /**
     * The next period is paid (or waived): it runs a calendar month from the end of the last, and a suspended number
     * is in use again.
     */
    public void periodPaid() {
        if (!isInUse()) {
            throw new IllegalStateException("number " + id + " is " + status + ": no fee to pay");
        }
        paidPeriods++;
        paidUntil = purchasedAt.plusMonths(paidPeriods);
        feeUnpaidSince = null;
        if (status == Status.SUSPENDED) {
            status = Status.ACTIVE;
            suspendedAt = null;
        }
    }

    /** The fee due could not be paid; returns true the first time, when the grace period starts. */
    public boolean feeUnpaid(Instant now) {
        if (feeUnpaidSince != null) {
            return false;
        }
        feeUnpaidSince = at(now);
        return true;
    }

    /** Whether the grace period of an unpaid fee is over. */
    public boolean isGraceOver(Instant now, Duration grace) {
        return status == Status.ACTIVE && feeUnpaidSince != null
                && !feeUnpaidSince.toInstant().plus(grace).isAfter(now);
    }

    /** Calls to the number hear that it is not available, until the fee is paid. */
    public void suspend(Instant now) {
        if (status == Status.ACTIVE) {
            status = Status.SUSPENDED;
            suspendedAt = at(now);
        }
    }

    /** Whether a suspended number has stayed unpaid long enough to be given back. */
    public boolean isSuspendedFor(Instant now, Duration limit) {
        return status == Status.SUSPENDED && !suspendedAt.toInstant().plus(limit).isAfter(now);
    }

    public void waiveFees(boolean waived) {
        this.feeWaived = waived;
    }

    /** Active or suspended: the operator's, with fees running. */
    public boolean isInUse() {
        return status == Status.ACTIVE || status == Status.SUSPENDED;
    }

    /** Whether the number is the operator's now (being bought, in use, suspended, or on its way back). */
    public boolean isHeld() {
        return status == Status.PURCHASING || status == Status.ACTIVE || status == Status.SUSPENDED
                || status == Status.RELEASING;
    }

    public void setRatePerMinuteCents(int cents) {
        this.ratePerMinuteCents = cents;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("number " + id + " is " + status + ", not " + expected);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public long getOperatorId() { return operatorId; }
    public String getPhoneNumber() { return phoneNumber; }
    public NumberType getType() { return type; }
    public String getLocality() { return locality; }
    public String getRegion() { return region; }
    public Status getStatus() { return status; }
    public String getPurchaseKey() { return purchaseKey; }
    public Optional<String> getProviderSid() { return Optional.ofNullable(providerSid); }
    public int getRatePerMinuteCents() { return ratePerMinuteCents; }
    public boolean isFeeWaived() { return feeWaived; }
    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public Optional<Instant> getPurchasedAt() { return Optional.ofNullable(purchasedAt).map(OffsetDateTime::toInstant); }
    public int getPaidPeriods() { return paidPeriods; }
    public Optional<Instant> getPaidUntil() { return Optional.ofNullable(paidUntil).map(OffsetDateTime::toInstant); }
    public Optional<Instant> getFeeUnpaidSince() {
        return Optional.ofNullable(feeUnpaidSince).map(OffsetDateTime::toInstant);
    }
    public Optional<Instant> getSuspendedAt() { return Optional.ofNullable(suspendedAt).map(OffsetDateTime::toInstant); }
    public Optional<Instant> getReleasedAt() { return Optional.ofNullable(releasedAt).map(OffsetDateTime::toInstant); }
    public Optional<String> getFailure() { return Optional.ofNullable(failure); }
}
