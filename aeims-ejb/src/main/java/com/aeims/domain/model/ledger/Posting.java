package com.aeims.domain.model.ledger;

import java.time.OffsetDateTime;

/** A committed posting; {@code replayed} when this call found an earlier identical request's result. */
public record Posting(long id, String idempotencyKey, PostingKind kind, OffsetDateTime createdAt, boolean replayed) {
}
