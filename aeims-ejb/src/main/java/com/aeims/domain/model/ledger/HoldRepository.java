package com.aeims.domain.model.ledger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

public interface HoldRepository {

    Hold insert(long customerId, long amountCents, String purpose, String reference, long placedPostingId,
                OffsetDateTime expiresAt);

    /** Reads and locks the hold until the transaction ends, so it is settled or released once. */
    Optional<Hold> lock(long holdId);

    Optional<Hold> findByPlacedPosting(long postingId);

    void close(long holdId, Hold.Status status, long closedPostingId, long capturedCents);

    /** Keeps a pending hold at least until this time (never shortens it). */
    void keepUntil(long holdId, OffsetDateTime expiresAt);

    List<Long> expiredPending(OffsetDateTime now, int limit);
}
