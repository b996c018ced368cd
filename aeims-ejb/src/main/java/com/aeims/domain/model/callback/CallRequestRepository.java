package com.aeims.domain.model.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Call requests as they are stored; every method joins the caller's transaction. */
public interface CallRequestRepository {

    /** A request with its parties' display names. */
    record Named(CallRequest request, String customerName, String operatorName) {
    }

    void add(CallRequest request);

    Optional<CallRequest> findByKey(String idempotencyKey);

    Optional<CallRequest> find(String requestRef);

    /** The request, locked until the transaction ends, so each change of it is decided once. */
    Optional<CallRequest> lock(String requestRef);

    /** Requests of these parties (null: anyone), newest first, with their names. */
    List<Named> list(Long customerId, Long operatorId, int limit);

    /** Accepted requests at a time of this operator's that start before {@code to} and were due after {@code since}. */
    List<CallRequest> acceptedOf(long operatorId, Instant since, Instant to);

    /** How many "when free" requests wait for the operator ahead of one queued at this instant. */
    int aheadInLine(long operatorId, Instant queuedAt);

    /** The operator's line, first in line first, with the names. */
    List<Named> line(long operatorId);

    /** References of the first requests in the operator's line that may be called now. */
    List<String> readyInLine(long operatorId, Instant now, int max);

    /** Operators online and off calls with someone ready in their line. */
    List<Long> freeOperatorsWithLine(Instant now, int max);

    /** Whether the customer already waits in the operator's line. */
    boolean inLine(long customerId, long operatorId);

    /**
     * References of open requests that may have lapsed by {@code now}: pending past their time, accepted ones past
     * the grace, and lines older than the longest wait; oldest first.
     */
    List<String> lapsed(Instant now, Duration lateGrace, Duration longestWait, int max);

    /** The request that placed this call, locked; empty for a call no request placed. */
    Optional<CallRequest> lockByCallRef(String callRef);

    /** References of accepted requests not called yet whose time came within the grace before {@code now}. */
    List<String> due(Instant now, Duration lateGrace, int max);

    /** References of accepted requests not reminded yet that start within {@code lead} of {@code now}. */
    List<String> toRemind(Instant now, Duration lead, int max);

    /** How many requests closed as a no-show of the operator's. */
    long operatorNoShows(long operatorId);

    /** References of the customer's open requests whose call is not under way, in the order they are locked. */
    List<String> openOf(long customerId);
}
