package com.aeims.application.money;

import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Charging customers: holds for things in progress, call settlement, one-off charges, balance checks. */
public interface BillingService {

    Hold placeHold(String idempotencyKey, long customerId, long amountCents, String purpose, String reference,
                   Duration timeToLive);

    /** Returns all of a pending hold to the customer; releasing a released hold again changes nothing. */
    Hold releaseHold(long holdId);

    /** Keeps a pending hold at least until this instant: what it pays for was moved later. */
    void keepHoldUntil(long holdId, Instant until);

    /**
     * Closes a pending hold by taking a fee from it, split between operator and platform, and giving the rest back,
     * in one posting under the key; the same key again returns that posting.
     */
    Posting chargeFromHold(String idempotencyKey, long holdId, PostingKind kind, long operatorId, long amountCents,
                           int operatorSharePercent, String description);

    /**
     * Settles a call against its hold exactly once (the reference is the idempotency key): billed minutes, FIFO
     * free minutes, connect fee, operator/platform split, the rest of the hold back to available.
     */
    CallSettlement settleCall(long holdId, CallTerms terms, boolean connected, long billableSeconds,
                              String callReference);

    /**
     * Settles many calls as {@link #settleCall} does each, in one transaction and a few statements for all of
     * them; the results are in the order of the calls. The call references must differ.
     */
    List<CallSettlement> settleCalls(List<CallToSettle> calls);

    /** Takes a one-off charge straight from available funds, split between operator and platform. */
    Posting charge(String idempotencyKey, PostingKind kind, long customerId, long operatorId, long amountCents,
                   int operatorSharePercent, String reference, String description);

    BalanceCheck balanceCheck(long customerId, long operatorId);

    /** Releases one expired pending hold; used by the expiry timer, one transaction per hold. */
    void expireHold(long holdId);
}
