package com.aeims.domain.model.callback;

import com.aeims.domain.model.call.Call;
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
 * A customer's prepaid request to be called by an operator, at a time or as soon as the operator is free. It owns the
 * hold that pays for it and moves only along its lifecycle: pending (the operator decides, or the customer decides on
 * a time the operator proposed), accepted, then closed once with a reason.
 */
@Entity
@Table(name = "call_request")
public class CallRequest implements Serializable {

    public enum Kind { AT, WHEN_FREE }

    public enum Status { PENDING, ACCEPTED, COMPLETED, CANCELLED, EXPIRED, NO_SHOW }

    /** Why a request closed. */
    public enum CloseReason {
        DECLINED, OPERATOR_CANCELLED, CUSTOMER_CANCELLED, LATE_CANCEL, UNDECIDED, NOT_CALLED, WAITED_TOO_LONG,
        CUSTOMER_FROZEN, CALLED, OPERATOR_NO_SHOW, CUSTOMER_NO_SHOW
    }

    /** What a customer's cancellation costs: nothing, or the connect fee once the free window has passed. */
    public enum Cancellation { FREE, LATE }

    /** How early a timer may fire and still count as on time (servers' clocks and timers are not exact). */
    private static final Duration TIMER_SKEW = Duration.ofSeconds(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_ref", nullable = false, unique = true, updatable = false)
    private String requestRef;

    @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
    private String idempotencyKey;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CloseReason closeReason;

    @Column(name = "scheduled_at")
    private OffsetDateTime scheduledAt;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    @Column(name = "customer_time_zone", nullable = false, updatable = false)
    private String customerTimeZone;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "rate_per_minute_cents", nullable = false, updatable = false)
    private int ratePerMinuteCents;

    @Column(name = "connect_fee_cents", nullable = false, updatable = false)
    private int connectFeeCents;

    @Column(name = "operator_share_percent", nullable = false, updatable = false)
    private int operatorSharePercent;

    @Column(name = "free_minutes", nullable = false, updatable = false)
    private int freeMinutes;

    @Column(name = "hold_id", nullable = false)
    private long holdId;

    @Column(name = "held_cents", nullable = false, updatable = false)
    private long heldCents;

    @Column(name = "fee_posting_id")
    private Long feePostingId;

    @Column(name = "fee_cents", nullable = false)
    private long feeCents;

    @Column(name = "call_ref")
    private String callRef;

    @Column(name = "called_at")
    private OffsetDateTime calledAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "waiting_for")
    private String waitingFor;

    @Column(name = "queued_at")
    private OffsetDateTime queuedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    protected CallRequest() {
    }

    /** The terms the customer accepted and the hold that prepays them. */
    public record Terms(int durationMinutes, int ratePerMinuteCents, int connectFeeCents, int operatorSharePercent,
                        int freeMinutes) {
    }

    public CallRequest(String requestRef, String idempotencyKey, long customerId, long operatorId, Long siteId,
                       Instant scheduledAt, String customerTimeZone, Terms terms, long holdId, long heldCents,
                       Instant now) {
        this.requestRef = requestRef;
        this.idempotencyKey = idempotencyKey;
        this.customerId = customerId;
        this.operatorId = operatorId;
        this.siteId = siteId;
        this.kind = scheduledAt == null ? Kind.WHEN_FREE : Kind.AT;
        this.scheduledAt = utc(scheduledAt);
        this.customerTimeZone = customerTimeZone;
        this.durationMinutes = terms.durationMinutes();
        this.ratePerMinuteCents = terms.ratePerMinuteCents();
        this.connectFeeCents = terms.connectFeeCents();
        this.operatorSharePercent = terms.operatorSharePercent();
        this.freeMinutes = terms.freeMinutes();
        this.holdId = holdId;
        this.heldCents = heldCents;
        this.createdAt = utc(now);
        this.queuedAt = kind == Kind.WHEN_FREE ? this.createdAt : null;
    }

    /** Waiting in the operator's line and not asked to wait before another try. */
    public boolean readyInLine(Instant now) {
        return kind == Kind.WHEN_FREE && status == Status.PENDING && callRef == null
                && (nextAttemptAt == null || !nextAttemptAt.toInstant().isAfter(now));
    }

    /** The operator was free and took it from the head of their line: it is called now. */
    public void calledFromLine(String callRef, Instant now) {
        if (!readyInLine(now)) {
            throw new IllegalStateException("not waiting in line");
        }
        status = Status.ACCEPTED;
        decidedAt = utc(now);
        callPlaced(callRef, now);
    }

    /** The operator passes it over for now: it goes to the back of their line. */
    public void skip(Instant now) {
        if (kind != Kind.WHEN_FREE || status != Status.PENDING) {
            throw new IllegalStateException("only a request waiting in line can be skipped");
        }
        queuedAt = utc(now);
    }

    /** The operator takes a request at a time, as asked. */
    public void accept(Instant now) {
        requireAwaitingOperator();
        if (kind != Kind.AT) {
            throw new IllegalStateException("a request to call when free is taken from the line, not accepted");
        }
        status = Status.ACCEPTED;
        decidedAt = utc(now);
    }

    /** The operator offers another time; the request waits for the customer. */
    public void propose(Instant at, Instant now) {
        if (status != Status.PENDING || kind != Kind.AT) {
            throw new IllegalStateException("only a pending request at a time can be moved");
        }
        proposedAt = utc(at);
        decidedAt = utc(now);
    }

    /** The customer takes the operator's proposed time. */
    public void acceptProposal(Instant now) {
        if (!awaitsCustomer()) {
            throw new IllegalStateException("no time was proposed");
        }
        scheduledAt = proposedAt;
        proposedAt = null;
        status = Status.ACCEPTED;
        decidedAt = utc(now);
    }

    /** The operator says no: to a pending request (declined) or to one accepted before (cancelled). */
    public void decline(Instant now) {
        if (status == Status.ACCEPTED) {
            close(Status.CANCELLED, CloseReason.OPERATOR_CANCELLED, now);
        } else if (status == Status.PENDING) {
            close(Status.CANCELLED, CloseReason.DECLINED, now);
        } else {
            throw new IllegalStateException("request is " + status);
        }
    }

    /**
     * What cancelling now costs the customer: free while the request is pending, and for an accepted one until the
     * free window before its time.
     */
    public Cancellation cancellation(Instant now, Duration freeWindow) {
        requireOpen();
        // free again once the time has passed without a call: then it is the operator or the phone system that is late
        return status == Status.ACCEPTED && !now.isBefore(scheduledAt.toInstant().minus(freeWindow))
                && now.isBefore(scheduledAt.toInstant()) ? Cancellation.LATE : Cancellation.FREE;
    }

    /** The customer cancels; a late cancellation records the fee it cost. */
    public void cancel(Instant now, Duration freeWindow, Long feePostingId, long feeCents) {
        Cancellation cancellation = cancellation(now, freeWindow);
        if ((feePostingId == null) != (feeCents == 0)) {
            throw new IllegalArgumentException("a fee is one posting");
        }
        this.feePostingId = feePostingId;
        this.feeCents = feeCents;
        close(Status.CANCELLED, cancellation == Cancellation.LATE ? CloseReason.LATE_CANCEL
                : CloseReason.CUSTOMER_CANCELLED, now);
    }

    /** Whether its call may be placed now: accepted, not placed yet, its time come and not long gone. */
    public boolean isDue(Instant now, Duration lateGrace) {
        return status == Status.ACCEPTED && callRef == null && kind == Kind.AT
                && !now.plus(TIMER_SKEW).isBefore(nextTry())
                && now.isBefore(nextTry().plus(lateGrace));
    }

    /** When its call is to be placed: its time, or the time of the customer's next try. */
    private Instant nextTry() {
        return (nextAttemptAt != null ? nextAttemptAt : scheduledAt).toInstant();
    }

    /** Records the call placed for it: once, so a second firing of its timer places nothing. */
    public void callPlaced(String callRef, Instant now) {
        if (status != Status.ACCEPTED || this.callRef != null) {
            throw new IllegalStateException("request is " + status + (this.callRef != null ? ", already called" : ""));
        }
        this.callRef = callRef;
        this.calledAt = utc(now);
        this.attempts++;
        this.nextAttemptAt = null;
        this.waitingFor = null;
    }

    /** Notes why its call could not be placed just now (the operator busy, the phone system away). */
    public void waitFor(String reason) {
        waitingFor = reason;
    }

    /** The hold for another try, the one before having been settled with the missed call. */
    public void replaceHold(long holdId) {
        boolean waiting = status == Status.ACCEPTED || (kind == Kind.WHEN_FREE && status == Status.PENDING);
        if (!waiting || callRef != null) {
            throw new IllegalStateException("only a request waiting for another try takes a new hold");
        }
        this.holdId = holdId;
    }

    /**
     * Closes it as its call ended: completed when the parties talked, else a no-show of whoever did not answer (an
     * end reason the call names them by), else not called (the phone system failed). A customer who did not answer
     * gets another try, later, while they have tries left.
     */
    public Outcome callEnded(boolean connected, String endReason, Instant now, int customerAttempts,
                             Duration retryAfter) {
        if (status != Status.ACCEPTED || callRef == null) {
            throw new IllegalStateException("no call of this request is running");
        }
        boolean customerMissed = !connected && Call.customerMissed(endReason);
        if (customerMissed && attempts < customerAttempts) {
            callRef = null;
            calledAt = null;
            nextAttemptAt = utc(now.plus(retryAfter));
            if (kind == Kind.WHEN_FREE) {
                // back to its place in the line, for the next time the operator is free after the wait
                status = Status.PENDING;
            }
            return Outcome.TRY_AGAIN;
        }
        if (connected) {
            close(Status.COMPLETED, CloseReason.CALLED, now);
        } else if (endReason != null && endReason.startsWith("OPERATOR_")) {
            close(Status.NO_SHOW, CloseReason.OPERATOR_NO_SHOW, now);
        } else if (customerMissed) {
            close(Status.NO_SHOW, CloseReason.CUSTOMER_NO_SHOW, now);
        } else {
            close(Status.EXPIRED, CloseReason.NOT_CALLED, now);
        }
        return Outcome.CLOSED;
    }

    /** Records the connect fee a missed last try kept, taken by the call's own settlement posting. */
    public void missedCallFee(long postingId, long cents) {
        if (status != Status.NO_SHOW || cents <= 0) {
            throw new IllegalStateException("only a no-show keeps a fee");
        }
        feePostingId = postingId;
        feeCents = cents;
    }

    /** Whether a try that reached nobody closed the request or leaves it for another try. */
    public enum Outcome { CLOSED, TRY_AGAIN }

    /** Whether the next try is the last one the customer gets. */
    public boolean lastTry(int customerAttempts) {
        return attempts + 1 >= customerAttempts;
    }

    /**
     * Closes an accepted request whose call could not be placed: a party could not be reached (their no-show) or the
     * hold or the phone system failed (not called).
     */
    public void notCalled(CloseReason reason, Instant now) {
        boolean waiting = status == Status.ACCEPTED || (kind == Kind.WHEN_FREE && status == Status.PENDING);
        if (!waiting || callRef != null) {
            throw new IllegalStateException("request is " + status + (callRef != null ? ", already called" : ""));
        }
        close(reason == CloseReason.NOT_CALLED ? Status.EXPIRED
                : reason == CloseReason.CUSTOMER_FROZEN ? Status.CANCELLED : Status.NO_SHOW, reason, now);
    }

    /** Whether the parties should be reminded now; true once. */
    public boolean remind(Instant now, Duration before) {
        if (status != Status.ACCEPTED || remindedAt != null || callRef != null
                || now.plus(TIMER_SKEW).isBefore(scheduledAt.toInstant().minus(before))) {
            return false;
        }
        remindedAt = utc(now);
        return true;
    }

    /** When an open request lapses if nothing else happens to it, given how long a line may wait. */
    public Instant lapsesAt(Duration lateGrace, Duration longestWait) {
        if (callRef != null) {
            // its call is running: the call's settlement closes it
            return Instant.MAX;
        }
        return switch (kind) {
            case WHEN_FREE -> createdAt.toInstant().plus(longestWait);
            case AT -> status == Status.ACCEPTED ? nextTry().plus(lateGrace)
                    : (proposedAt != null ? proposedAt : scheduledAt).toInstant();
        };
    }

    /** Closes an open request that lapsed: undecided, never called, or waited too long in line. */
    public void expire(Instant now) {
        requireOpen();
        if (callRef != null) {
            throw new IllegalStateException("its call is running");
        }
        if (status == Status.ACCEPTED && "OPERATOR_BUSY".equals(waitingFor)) {
            // on other calls past the grace: they missed this one
            close(Status.NO_SHOW, CloseReason.OPERATOR_NO_SHOW, now);
            return;
        }
        if (attempts > 0) {
            // the customer missed a try and the next could not be placed in time
            close(Status.NO_SHOW, CloseReason.CUSTOMER_NO_SHOW, now);
            return;
        }
        close(Status.EXPIRED, kind == Kind.WHEN_FREE ? CloseReason.WAITED_TOO_LONG
                : status == Status.ACCEPTED ? CloseReason.NOT_CALLED : CloseReason.UNDECIDED, now);
    }

    /** Closes an open request because the customer's account was frozen. */
    public void cancelForFreeze(Instant now) {
        requireOpen();
        close(Status.CANCELLED, CloseReason.CUSTOMER_FROZEN, now);
    }

    public boolean isOpen() {
        return status == Status.PENDING || status == Status.ACCEPTED;
    }

    /** Pending with a time the operator proposed: the customer's turn. */
    public boolean awaitsCustomer() {
        return status == Status.PENDING && proposedAt != null;
    }

    private void requireAwaitingOperator() {
        if (status != Status.PENDING || proposedAt != null) {
            throw new IllegalStateException(status == Status.PENDING ? "waiting for the customer" : "request is "
                    + status);
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("request is " + status);
        }
    }

    private void close(Status to, CloseReason reason, Instant now) {
        status = to;
        closeReason = reason;
        proposedAt = null;
        closedAt = utc(now);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public Long getId() { return id; }
    public String getRequestRef() { return requestRef; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public long getCustomerId() { return customerId; }
    public long getOperatorId() { return operatorId; }
    public Long getSiteId() { return siteId; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public Optional<CloseReason> getCloseReason() { return Optional.ofNullable(closeReason); }
    public Optional<Instant> getScheduledAt() { return Optional.ofNullable(instant(scheduledAt)); }
    public Optional<Instant> getProposedAt() { return Optional.ofNullable(instant(proposedAt)); }
    public String getCustomerTimeZone() { return customerTimeZone; }
    public Terms getTerms() {
        return new Terms(durationMinutes, ratePerMinuteCents, connectFeeCents, operatorSharePercent, freeMinutes);
    }
    public long getHoldId() { return holdId; }
    public long getHeldCents() { return heldCents; }
    public long getFeeCents() { return feeCents; }
    public Optional<String> getCallRef() { return Optional.ofNullable(callRef); }
    public int getAttempts() { return attempts; }
    public Optional<Instant> getQueuedAt() { return Optional.ofNullable(instant(queuedAt)); }
    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public Optional<Instant> getDecidedAt() { return Optional.ofNullable(instant(decidedAt)); }
    public Optional<Instant> getClosedAt() { return Optional.ofNullable(instant(closedAt)); }
}
