package com.aeims.domain.model.ledger;

import java.util.Map;
import java.util.Optional;

/** The book of accounts. Every method joins the caller's transaction. */
public interface Ledger {

    /**
     * Commits all legs or none. The same key with the same content returns the first result; with other
     * content it fails with {@link LedgerException.Reason#IDEMPOTENCY_CONFLICT}. An owned account that would go
     * below zero fails with {@link LedgerException.Reason#INSUFFICIENT_FUNDS}.
     */
    Posting post(PostingRequest request);

    long balance(AccountRef account);

    Map<AccountRef, Long> balances(Iterable<AccountRef> accounts);

    Optional<Posting> findByKey(String idempotencyKey);
}
