package com.aeims.domain.model.ledger;

import java.time.OffsetDateTime;

/** Funds reserved for something still in progress (a call, a room visit), moved from available to held. */
public record Hold(long id, long customerId, long amountCents, Status status, String purpose, String reference,
                   long placedPostingId, Long closedPostingId, Long capturedCents, OffsetDateTime expiresAt) {

    public enum Status { PENDING, POSTED, VOIDED, EXPIRED }

    public boolean isPending() {
        return status == Status.PENDING;
    }
}
