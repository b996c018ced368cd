package com.aeims.domain.model.ledger;

import com.aeims.domain.model.Sha256;
import java.util.List;

/**
 * One business event's transfers, committed together under one idempotency key. The content hash covers
 * everything that makes the request what it is, so a retry is recognised and a different request reusing
 * the key is refused.
 */
public record PostingRequest(String idempotencyKey, PostingKind kind, String reference, String description,
                             List<TransferLeg> legs, Long reversesPostingId) {

    public static final int MAX_KEY_LENGTH = 120;
    public static final String CURRENCY = "USD";

    public PostingRequest {
        legs = List.copyOf(legs);
    }

    public static PostingRequest of(String key, PostingKind kind, String reference, String description,
                                    List<TransferLeg> legs) {
        return new PostingRequest(key, kind, reference, description, legs, null);
    }

    public String contentHash() {
        StringBuilder canonical = new StringBuilder().append(kind).append('|').append(reference).append('|')
                .append(reversesPostingId).append('|').append(CURRENCY);
        for (TransferLeg leg : legs) {
            canonical.append('|').append(leg.debit()).append('>').append(leg.credit()).append(':')
                    .append(leg.amountCents());
        }
        return Sha256.hex(canonical.toString());
    }

    public long totalCents() {
        return legs.stream().mapToLong(TransferLeg::amountCents).sum();
    }
}
