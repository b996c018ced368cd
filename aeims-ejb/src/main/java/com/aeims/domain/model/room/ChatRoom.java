package com.aeims.domain.model.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An operator's private chat room: who runs it, what it costs, how many fit, whether it is open. */
@Entity
@Table(name = "chat_room")
public class ChatRoom implements Serializable {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_USERS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    /** PBKDF2 hash of the PIN; null for an open room. The PIN itself is never stored or shown again. */
    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "entry_fee_cents", nullable = false)
    private int entryFeeCents;

    @Column(name = "rate_per_minute_cents", nullable = false)
    private int ratePerMinuteCents;

    @Column(name = "max_users", nullable = false)
    private int maxUsers;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    protected ChatRoom() {
    }

    public ChatRoom(long operatorId, String name, String description, String pinHash, int entryFeeCents,
                    int ratePerMinuteCents, int maxUsers, Instant createdAt) {
        this.operatorId = operatorId;
        change(name, description, pinHash, entryFeeCents, ratePerMinuteCents, maxUsers);
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** New terms apply to visits that start after the change; a null PIN hash makes the room open to everyone. */
    public final void change(String name, String description, String pinHash, int entryFeeCents, int ratePerMinuteCents,
                       int maxUsers) {
        this.name = name;
        this.description = description;
        this.pinHash = pinHash;
        this.entryFeeCents = entryFeeCents;
        this.ratePerMinuteCents = ratePerMinuteCents;
        this.maxUsers = maxUsers;
    }

    public void reopen() {
        active = true;
        closedAt = null;
    }

    public void close(Instant at) {
        if (active) {
            active = false;
            closedAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isPinProtected() {
        return pinHash != null;
    }

    /** The reference of every ledger charge the room makes (entry fees and minutes): its earnings are summed by it. */
    public static String chargeReference(long roomId) {
        return "room:" + roomId;
    }

    public Long getId() { return id; }
    public long getOperatorId() { return operatorId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getPinHash() { return pinHash; }
    public int getEntryFeeCents() { return entryFeeCents; }
    public int getRatePerMinuteCents() { return ratePerMinuteCents; }
    public int getMaxUsers() { return maxUsers; }
    public boolean isActive() { return active; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
