package com.aeims.domain.model.room;

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

/**
 * One customer's stay in a room, from joining to leaving. Each started minute is paid when it starts (the first one
 * with the entry fee), at the rate the room had when the customer joined, so a visit is always paid up to
 * {@code paidUntil}; leaving never owes anything.
 */
@Entity
@Table(name = "room_visit")
public class RoomVisit implements Serializable {

    public static final Duration MINUTE = Duration.ofMinutes(1);
    public static final String LOW_FUNDS_WARNING =
            "Your balance does not cover the next minute. Add funds within a minute to stay in the room.";

    /** Why a visit ended, in the words the customer is told. */
    public enum LeftReason {
        LEFT("You left the room."),
        ROOM_CLOSED("The host closed the room."),
        KICKED("The host asked you to leave the room."),
        BANNED("The host banned you from this room."),
        OUT_OF_FUNDS("Your balance does not cover another minute. Add funds to come back."),
        DISCONNECTED("We lost your connection, so your visit ended. Join again to continue."),
        FROZEN("Your account is frozen after a chargeback, so your visit ended. Contact support."),
        SPENDING_LIMIT("Another minute would take you past the spending limit you set, so your visit ended.");

        private final String toCustomer;

        LeftReason(String toCustomer) {
            this.toCustomer = toCustomer;
        }

        public String toCustomer() {
            return toCustomer;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false, updatable = false)
    private long roomId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "visit_key", nullable = false, updatable = false)
    private String visitKey;

    @Column(name = "entry_posting_id")
    private Long entryPostingId;

    @Column(name = "entry_fee_cents", nullable = false)
    private long entryFeeCents;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private OffsetDateTime joinedAt;

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_reason")
    private LeftReason leftReason;

    @Column(name = "rate_per_minute_cents", nullable = false, updatable = false)
    private int ratePerMinuteCents;

    @Column(name = "minutes_charged", nullable = false)
    private int minutesCharged;

    @Column(name = "minute_cents", nullable = false)
    private long minuteCents;

    @Column(name = "paid_until", nullable = false)
    private OffsetDateTime paidUntil;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "low_funds_warned", nullable = false)
    private boolean lowFundsWarned;

    protected RoomVisit() {
    }

    public RoomVisit(long roomId, long customerId, String visitKey, int ratePerMinuteCents, Instant joinedAt) {
        this.roomId = roomId;
        this.customerId = customerId;
        this.visitKey = visitKey;
        this.ratePerMinuteCents = ratePerMinuteCents;
        this.joinedAt = joinedAt.atOffset(ZoneOffset.UTC);
        this.paidUntil = this.joinedAt;
        this.lastSeenAt = this.joinedAt;
    }

    public void entryPaid(Long postingId, long cents) {
        this.entryPostingId = postingId;
        this.entryFeeCents = cents;
    }

    public boolean isPresent() {
        return leftAt == null;
    }

    /** The next minute has started and is not paid yet. */
    public boolean minuteDue(Instant now) {
        return isPresent() && !paidUntil.toInstant().isAfter(now);
    }

    /** The idempotency key of the next minute's charge: retrying a minute can never charge it twice. */
    public String nextMinuteKey() {
        return visitKey + ":minute:" + (minutesCharged + 1);
    }

    /** The visit's minute was paid at the rate it joined at. */
    public void minutePaid() {
        minutesCharged++;
        minuteCents += ratePerMinuteCents;
        paidUntil = paidUntil.plus(MINUTE);
    }

    /** Warns once per shortage; topping up and paying a minute again re-arms the warning. */
    public boolean warnAboutFunds(boolean nextMinuteAffordable) {
        if (nextMinuteAffordable) {
            lowFundsWarned = false;
            return false;
        }
        if (lowFundsWarned) {
            return false;
        }
        lowFundsWarned = true;
        return true;
    }

    public void seen(Instant at) {
        lastSeenAt = at.atOffset(ZoneOffset.UTC);
    }

    public boolean silentSince(Instant cutoff) {
        return isPresent() && lastSeenAt.toInstant().isBefore(cutoff);
    }

    public void leave(LeftReason reason, Instant at) {
        if (isPresent()) {
            leftAt = at.atOffset(ZoneOffset.UTC);
            leftReason = reason;
        }
    }

    public Long getId() { return id; }
    public long getRoomId() { return roomId; }
    public long getCustomerId() { return customerId; }
    public String getVisitKey() { return visitKey; }
    public long getEntryFeeCents() { return entryFeeCents; }
    public Instant getJoinedAt() { return joinedAt.toInstant(); }
    public Instant getLeftAt() { return leftAt == null ? null : leftAt.toInstant(); }
    public LeftReason getLeftReason() { return leftReason; }
    public int getRatePerMinuteCents() { return ratePerMinuteCents; }
    public int getMinutesCharged() { return minutesCharged; }
    public long getMinuteCents() { return minuteCents; }
    public Instant getPaidUntil() { return paidUntil.toInstant(); }
}
