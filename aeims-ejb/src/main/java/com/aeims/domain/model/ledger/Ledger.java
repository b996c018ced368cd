package com.aeims.domain.model.ledger;

import java.util.List;
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

    /**
     * Posts each request as {@link #post} does, all in one statement; the results are in the requests' order. The
     * keys must differ. One posting that cannot be made fails them all.
     */
    List<Posting> postAll(List<PostingRequest> requests);

    long balance(AccountRef account);

    Map<AccountRef, Long> balances(Iterable<AccountRef> accounts);

    /**
     * The owned account's balance, with the account locked until the caller's transaction ends: no posting can
     * change it in between, so what is computed from it can be posted without a race.
     */
    long lockedBalance(AccountRef owned);

    /** What the customer can spend now: the available balance, without funds held for things in progress. */
    default long availableCents(long customerId) {
        AccountRef available = AccountRef.available(customerId);
        return balances(List.of(available)).get(available);
    }

    Optional<Posting> findByKey(String idempotencyKey);
}
