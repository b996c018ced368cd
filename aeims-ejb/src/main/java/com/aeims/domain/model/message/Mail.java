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

/** A mail between a customer and an operator: subject and body, kept as typed and shown as text. */
@Entity
@Table(name = "mail")
public class Mail implements Serializable {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Message.Sender sender;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "reply_to_id", updatable = false)
    private Long replyToId;

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

    protected Mail() {
    }

    public Mail(long customerId, long operatorId, Message.Sender sender, String subject, String body, Long replyToId,
                String idempotencyKey, Long chargePostingId, long chargedCents, Instant sentAt) {
        this.customerId = customerId;
        this.operatorId = operatorId;
        this.sender = sender;
        this.subject = subject;
        this.body = body;
        this.replyToId = replyToId;
        this.idempotencyKey = idempotencyKey;
        this.chargePostingId = chargePostingId;
        this.chargedCents = chargedCents;
        this.sentAt = sentAt.atOffset(ZoneOffset.UTC);
    }

    public boolean involves(long accountId) {
        return customerId == accountId || operatorId == accountId;
    }

    /** The account this mail was sent to. */
    public long recipientId() {
        return sender == Message.Sender.CUSTOMER ? operatorId : customerId;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getOperatorId() { return operatorId; }
    public Message.Sender getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Long getReplyToId() { return replyToId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public long getChargedCents() { return chargedCents; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public OffsetDateTime getReadAt() { return readAt; }
}
