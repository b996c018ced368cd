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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A line of a room's history: something someone said, or someone coming in or going. */
@Entity
@Table(name = "room_messages")
public class RoomMessage implements Serializable {

    public static final int MAX_BODY = 1000;

    /** A message, or a presence notice. */
    public enum Kind {
        MESSAGE, JOINED, LEFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false, updatable = false)
    private long roomId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "client_key", updatable = false)
    private String clientKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    protected RoomMessage() {
    }

    public RoomMessage(long roomId, long authorId, Kind kind, String body, String clientKey, Instant sentAt) {
        this.roomId = roomId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.clientKey = clientKey;
        this.sentAt = sentAt.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public long getRoomId() { return roomId; }
    public long getAuthorId() { return authorId; }
    public Kind getKind() { return kind; }
    public String getBody() { return body; }
    public String getClientKey() { return clientKey; }
    public Instant getSentAt() { return sentAt.toInstant(); }
}
