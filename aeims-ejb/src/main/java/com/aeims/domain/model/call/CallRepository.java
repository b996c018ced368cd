package com.aeims.domain.model.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Calls as they are stored; every method joins the caller's transaction. */
public interface CallRepository {

    /** Which calls of a party's a list shows. */
    enum Scope {
        ALL, UNSETTLED, TALKING
    }

    /** A call with its parties' display names. */
    record Named(Call call, String customerName, String operatorName) {
    }

    Optional<Call> find(String callRef);

    /** The call, locked until the transaction ends (the PBX's facts of one call are applied one batch at a time). */
    Optional<Call> lock(String callRef);

    Optional<Call> lock(long callId);

    /**
     * Calls of these parties (null: any customer or operator) in the scope, newest first, with their names.
     */
    List<Named> list(Long customerId, Long operatorId, Scope scope, int limit);

    /** Ids of calls whose recording is still kept although they ended before the instant. */
    List<Long> recordingsEndedBefore(Instant instant, int max);

    /** Calls not settled yet, oldest first. */
    List<Call> unsettled();

    /** Unsettled calls the PBX never reported anything of, requested before this instant. */
    List<Call> silentSince(Instant requestedBefore);

    /**
     * Ids of the calls due for settlement now, longest due first; only those whose id leaves {@code share} when
     * divided by {@code shares}.
     */
    List<Long> dueForSettlement(Instant now, int max, int share, int shares);

    /** Those of these calls still due and unsettled, locked, by id. */
    List<Call> lockDue(Collection<Long> callIds);

    /** Which of these operators still have an unsettled call (the transaction's changes flushed first). */
    Set<Long> stillOnCalls(Collection<Long> operatorIds);
}
