package com.aeims.domain.model.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One chat message between a customer and an operator; the text is kept as typed and always shown as text. */
@Entity
@Table(name = "message")
public class Message implements Serializable {

    public static final int MAX_LENGTH = 2000;

    public enum Sender { CUSTOMER, OPERATOR }

    public enum Channel { CHAT, SMS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Sender sender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
    private String idempotencyKey;

    @Column(name = "charge_posting_id", updatable = false)
    private Long chargePostingId;

    @Column(name = "charged_cents", nullable = false, updatable = false)
    private long chargedCents;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Message() {
    }

    public Message(long customerId, long operatorId, Sender sender, Channel channel, String body,
                   String idempotencyKey, Long chargePostingId, long chargedCents, Instant sentAt) {
        this.customerId = customerId;
        this.operatorId = operatorId;
        this.sender = sender;
        this.channel = channel;
        this.body = body;
        this.idempotencyKey = idempotencyKey;
        this.chargePostingId = chargePostingId;
        this.chargedCents = chargedCents;
        this.sentAt = sentAt.atOffset(ZoneOffset.UTC);
    }

    /**
     * The text as it will be stored: surrounding blanks trimmed; null when it is empty or too long, which the
     * caller reports as an error.
     */
    public static String cleanBody(String typed) {
        if (typed == null) {
            return null;
        }
        String body = typed.strip();
        return body.isEmpty() || body.length() > MAX_LENGTH ? null : body;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getOperatorId() { return operatorId; }
    public Sender getSender() { return sender; }
    public Channel getChannel() { return channel; }
    public String getBody() { return body; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public Long getChargePostingId() { return chargePostingId; }
    public long getChargedCents() { return chargedCents; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public OffsetDateTime getReadAt() { return readAt; }
}
