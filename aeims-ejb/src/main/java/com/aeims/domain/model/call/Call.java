package com.aeims.domain.model.call;

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
 * A bridged call: the prices it was started under, the facts the PBX reported, and its settlement. The state is
 * derived from the facts, each kept at its earliest time, so repeated and reordered events change nothing twice.
 */
@Entity
@Table(name = "phone_call")
public class Call implements Serializable {

    /** What applying an event means for the service. */
    public enum Outcome {
        /** nothing to do (a late or repeated event, or an ordinary step) */
        RECORDED,
        /** the parties were just connected: now is when to cap the duration */
        BRIDGED_NOW,
        /** the call is over and everything needed to bill it is known: it is due for settlement */
        SETTLE_NOW,
        /** the call is over but whether it was ever connected is not known yet: wait briefly */
        SETTLE_AFTER_GRACE,
        /** already settled; the event changes nothing */
        ALREADY_SETTLED
    }

    private static final String GENERIC_FAILURE = "FAILED";
    private static final java.util.Set<String> CUSTOMER_MISSES = java.util.Set.of("CUSTOMER_NOANSWER",
            "CUSTOMER_NO_ANSWER", "CUSTOMER_BUSY");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_ref", nullable = false, unique = true, updatable = false)
    private String callRef;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Column(name = "hold_id", nullable = false, updatable = false)
    private long holdId;

    @Column(name = "rate_per_minute_cents", nullable = false, updatable = false)
    private int ratePerMinuteCents;

    @Column(name = "connect_fee_cents", nullable = false, updatable = false)
    private int connectFeeCents;

    @Column(name = "operator_share_percent", nullable = false, updatable = false)
    private int operatorSharePercent;

    @Column(name = "free_minutes_at_start", nullable = false, updatable = false)
    private int freeMinutesAtStart;

    @Column(name = "max_seconds", nullable = false, updatable = false)
    private int maxSeconds;

    @Column(name = "customer_number", nullable = false, updatable = false)
    private String customerNumber;

    @Column(name = "operator_number", nullable = false, updatable = false)
    private String operatorNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallState state = CallState.REQUESTED;

    @Column(name = "linked_id")
    private String linkedId;

    @Column(name = "customer_channel")
    private String customerChannel;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "customer_ringing_at")
    private OffsetDateTime customerRingingAt;

    @Column(name = "customer_answered_at")
    private OffsetDateTime customerAnsweredAt;

    @Column(name = "operator_ringing_at")
    private OffsetDateTime operatorRingingAt;

    @Column(name = "operator_answered_at")
    private OffsetDateTime operatorAnsweredAt;

    @Column(name = "bridged_at")
    private OffsetDateTime bridgedAt;

    @Column(name = "bridge_left_at")
    private OffsetDateTime bridgeLeftAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "hangup_cause")
    private Integer hangupCause;

    @Column(name = "last_event_at")
    private OffsetDateTime lastEventAt;

    @Column(name = "talk_seconds")
    private Integer talkSeconds;

    @Column(name = "billed_minutes")
    private Integer billedMinutes;

    @Column(name = "free_minutes_used")
    private Integer freeMinutesUsed;

    @Column(name = "charged_cents")
    private Long chargedCents;

    @Column(name = "operator_cents")
    private Long operatorCents;

    @Column(name = "connect_fee_if_missed", nullable = false)
    private boolean connectFeeIfCustomerMisses;

    @Column(name = "settlement_posting_id")
    private Long settlementPostingId;

    @Column(name = "settle_due_at")
    private OffsetDateTime settleDueAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Column(name = "recording_file")
    private String recordingFile;

    @Column(nullable = false, updatable = false)
    private boolean recorded;

    @Column(name = "recording_customer_deleted_at")
    private OffsetDateTime recordingCustomerDeletedAt;

    @Column(name = "recording_operator_deleted_at")
    private OffsetDateTime recordingOperatorDeletedAt;

    @Column(name = "recording_purged_at")
    private OffsetDateTime recordingPurgedAt;

    protected Call() {
    }

    public Call(String callRef, long customerId, long operatorId, Long siteId, long holdId, int ratePerMinuteCents,
                int connectFeeCents, int operatorSharePercent, int freeMinutesAtStart, int maxSeconds,
                String customerNumber, String operatorNumber, Instant requestedAt) {
        this.callRef = callRef;
        this.customerId = customerId;
        this.operatorId = operatorId;
        this.siteId = siteId;
        this.holdId = holdId;
        this.ratePerMinuteCents = ratePerMinuteCents;
        this.connectFeeCents = connectFeeCents;
        this.operatorSharePercent = operatorSharePercent;
        this.freeMinutesAtStart = freeMinutesAtStart;
        this.maxSeconds = maxSeconds;
        this.customerNumber = customerNumber;
        this.operatorNumber = operatorNumber;
        this.requestedAt = utc(requestedAt);
    }

    /** Takes one reported fact into the call and says what the service should do next. */
    public Outcome apply(CallEvent event) {
        if (event.type() == CallEvent.Type.RECORDING) {
            // the PBX reports recordings with the call's records, often after the call was settled
            recordingReported(event.detail());
            return settledAt != null ? Outcome.ALREADY_SETTLED : Outcome.RECORDED;
        }
        if (settledAt != null) {
            return Outcome.ALREADY_SETTLED;
        }
        boolean wasBridged = bridgedAt != null;
        boolean wasOver = endedAt != null;
        boolean wasUnclear = wasOver && outcomeUnclear();
        OffsetDateTime at = utc(event.occurredAt());
        if (event.linkedId() != null && linkedId == null) {
            linkedId = event.linkedId();
        }
        if (event.channel() != null && customerChannel == null) {
            customerChannel = event.channel();
        }
        switch (event.type()) {
            case CUSTOMER_RINGING -> customerRingingAt = earliest(customerRingingAt, at);
            case CUSTOMER_ANSWERED -> customerAnsweredAt = earliest(customerAnsweredAt, at);
            case CUSTOMER_FAILED -> {
                endReason = firstReason(endReason, "CUSTOMER_" + reason(event.detail()));
                endedAt = earliest(endedAt, at);
            }
            case OPERATOR_RINGING -> operatorRingingAt = earliest(operatorRingingAt, at);
            // the operator's answer is the start of the talk: Dial bridges at once, BridgeEnter may come later
            case OPERATOR_ANSWERED -> {
                operatorAnsweredAt = earliest(operatorAnsweredAt, at);
                bridgedAt = earliest(bridgedAt, at);
            }
            case OPERATOR_FAILED -> endReason = firstReason(endReason, "OPERATOR_" + reason(event.detail()));
            case BRIDGED -> bridgedAt = earliest(bridgedAt, at);
            case BRIDGE_LEFT -> bridgeLeftAt = earliest(bridgeLeftAt, at);
            case ENDED -> {
                endedAt = earliest(endedAt, at);
                if (hangupCause == null && event.detail() != null && event.detail().matches("\\d{1,3}")) {
                    hangupCause = Integer.valueOf(event.detail());
                }
            }
            case VANISHED -> {
                endedAt = earliest(endedAt, at);
                endReason = endReason != null ? endReason : bridgedAt != null ? null : "NO_ANSWER_FROM_PBX";
            }
            case SETTLE_DUE, RECORDING -> {
                // nothing new for the state: the go-ahead to settle, or a recording handled above
            }
        }
        lastEventAt = latest(lastEventAt, utc(Instant.now()));
        state = derivedState();
        if (endedAt != null) {
            boolean forced = event.type() == CallEvent.Type.SETTLE_DUE || event.type() == CallEvent.Type.VANISHED;
            if (forced || !outcomeUnclear()) {
                settleDueAt = earliest(settleDueAt, lastEventAt);
                return Outcome.SETTLE_NOW;
            }
            return wasOver && wasUnclear ? Outcome.RECORDED : Outcome.SETTLE_AFTER_GRACE;
        }
        return !wasBridged && bridgedAt != null ? Outcome.BRIDGED_NOW : Outcome.RECORDED;
    }

    /**
     * The call ended but neither a bridge nor a failure is known: an event that says which may still be on its way
     * (AMI orders events per channel only).
     */
    private boolean outcomeUnclear() {
        return bridgedAt == null && endReason == null;
    }

    /**
     * The first reason known, unless it only said that something failed and this one says how: a failed
     * OriginateResponse (no cause) may arrive before or after the DialEnd saying BUSY.
     */
    private static String firstReason(String known, String reported) {
        boolean knownSaysHow = known != null && !known.endsWith("_" + GENERIC_FAILURE);
        return knownSaysHow || known != null && reported.endsWith("_" + GENERIC_FAILURE) ? known : reported;
    }

    private static String reason(String detail) {
        return detail == null || detail.isBlank() ? GENERIC_FAILURE : detail.strip().toUpperCase().replace(' ', '_');
    }

    private CallState derivedState() {
        if (endedAt != null) {
            return bridgedAt != null ? CallState.ENDED : CallState.FAILED;
        }
        if (bridgedAt != null) {
            return CallState.BRIDGED;
        }
        if (operatorRingingAt != null) {
            return CallState.OPERATOR_RINGING;
        }
        if (customerAnsweredAt != null) {
            return CallState.CUSTOMER_ANSWERED;
        }
        return customerRingingAt != null ? CallState.CUSTOMER_RINGING : CallState.REQUESTED;
    }

    public boolean connected() {
        return bridgedAt != null;
    }

    /** Booked, the last try, and the customer's phone did not answer: the rules charge the connect fee. */
    public boolean chargesConnectFeeAsMissed() {
        return connectFeeIfCustomerMisses && !connected() && customerMissed(endReason);
    }

    /**
     * Whether a call that ended so was missed by the customer (their phone rang unanswered, or was busy), not lost to
     * the network or the phone system, which are nobody's no-show.
     */
    public static boolean customerMissed(String endReason) {
        return endReason != null && CUSTOMER_MISSES.contains(endReason);
    }

    public boolean isConnectFeeIfCustomerMisses() {
        return connectFeeIfCustomerMisses;
    }

    /** Marks a booked call whose missing customer pays the connect fee (the last try of a booked call). */
    public void chargeConnectFeeIfCustomerMisses() {
        connectFeeIfCustomerMisses = true;
    }

    /** Seconds the parties were connected: from the bridge to the first of leaving it and hanging up, at most the cap. */
    public long talkSecondsSoFar(Instant now) {
        if (bridgedAt == null) {
            return 0;
        }
        OffsetDateTime end = earliest(bridgeLeftAt, endedAt);
        Instant until = end == null ? now : end.toInstant();
        long seconds = Duration.between(bridgedAt.toInstant(), until).toSeconds();
        return Math.max(0, Math.min(seconds, maxSeconds));
    }

    public void settled(long talkSeconds, int billedMinutes, int freeMinutesUsed, long chargedCents,
                        long operatorCents, long postingId, Instant at) {
        this.talkSeconds = Math.toIntExact(talkSeconds);
        this.billedMinutes = billedMinutes;
        this.freeMinutesUsed = freeMinutesUsed;
        this.chargedCents = chargedCents;
        this.operatorCents = operatorCents;
        this.settlementPostingId = postingId;
        this.settledAt = utc(at);
        if (endReason == null) {
            endReason = connected() ? "COMPLETED" : "NOT_CONNECTED";
        }
    }

    /** Its settlement failed: it is tried again from {@code retryAt}, after the calls due before then. */
    public void settlementFailed(Instant retryAt) {
        if (settledAt == null) {
            settleDueAt = utc(retryAt);
        }
    }

    /** Asks the PBX to record this call (set before it is placed). */
    public void record() {
        recorded = true;
    }

    /** Whether the call's recording can be played to a party who has not deleted it for themselves. */
    public boolean recordingKeptFor(boolean customer) {
        return recordingFile != null && recordingPurgedAt == null
                && (customer ? recordingCustomerDeletedAt : recordingOperatorDeletedAt) == null;
    }

    /**
     * One party deletes the recording for themselves; true when nobody keeps it any more, so the file can go.
     */
    public boolean deleteRecordingFor(boolean customer, Instant now) {
        if (customer) {
            recordingCustomerDeletedAt = recordingCustomerDeletedAt != null ? recordingCustomerDeletedAt : utc(now);
        } else {
            recordingOperatorDeletedAt = recordingOperatorDeletedAt != null ? recordingOperatorDeletedAt : utc(now);
        }
        return recordingCustomerDeletedAt != null && recordingOperatorDeletedAt != null;
    }

    /** The file is gone: deleted by both parties, by an admin, or past retention. */
    public void recordingPurged(Instant now) {
        if (recordingPurgedAt == null) {
            recordingPurgedAt = utc(now);
        }
    }

    public void recordingReported(String file) {
        if (file != null && !file.isBlank() && recordingFile == null) {
            recordingFile = file.length() > 300 ? file.substring(0, 300) : file;
        }
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public String getCallRef() { return callRef; }
    public long getCustomerId() { return customerId; }
    public long getOperatorId() { return operatorId; }
    public Long getSiteId() { return siteId; }
    public long getHoldId() { return holdId; }
    public int getRatePerMinuteCents() { return ratePerMinuteCents; }
    public int getConnectFeeCents() { return connectFeeCents; }
    public int getOperatorSharePercent() { return operatorSharePercent; }
    public int getFreeMinutesAtStart() { return freeMinutesAtStart; }
    public int getMaxSeconds() { return maxSeconds; }
    public String getCustomerNumber() { return customerNumber; }
    public String getOperatorNumber() { return operatorNumber; }
    public CallState getState() { return state; }
    public String getLinkedId() { return linkedId; }
    public String getCustomerChannel() { return customerChannel; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public OffsetDateTime getBridgedAt() { return bridgedAt; }
    public OffsetDateTime getEndedAt() { return endedAt; }
    public String getEndReason() { return endReason; }
    public Integer getHangupCause() { return hangupCause; }
    public OffsetDateTime getLastEventAt() { return lastEventAt; }
    public Integer getTalkSeconds() { return talkSeconds; }
    public Integer getBilledMinutes() { return billedMinutes; }
    public Integer getFreeMinutesUsed() { return freeMinutesUsed; }
    public Long getChargedCents() { return chargedCents; }
    public Long getOperatorCents() { return operatorCents; }
    public Long getSettlementPostingId() { return settlementPostingId; }
    public OffsetDateTime getSettleDueAt() { return settleDueAt; }
    public OffsetDateTime getSettledAt() { return settledAt; }
    public String getRecordingFile() { return recordingFile; }
    public boolean isRecorded() { return recorded; }
    public boolean isSettled() { return settledAt != null; }
}
