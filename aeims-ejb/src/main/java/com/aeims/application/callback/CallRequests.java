package com.aeims.application.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prepaid callbacks as customers and operators use them: a customer asks for a call at a time or when the operator is
 * free, with the whole call held from their balance; the operator accepts, declines or proposes another time; the
 * customer takes a proposed time or cancels. Each change tells the other party.
 */
public interface CallRequests {

    /** Who is asking, as the API and pages know them. */
    record Party(long accountId, boolean operator) {

        public static Party customer(long accountId) {
            return new Party(accountId, false);
        }

        public static Party operator(long accountId) {
            return new Party(accountId, true);
        }
    }

    /**
     * Holds the fee and the paid minutes and records the request; the same idempotency key again returns the first
     * request and holds nothing more.
     *
     * @throws com.aeims.application.ValidationFailure for a time, duration or zone that cannot be booked
     * @throws CallRequestRefused when the operator cannot take it or the balance does not cover it
     * @throws com.aeims.application.PriceChanged when the operator's price is not the one the customer saw
     */
    CallRequestView request(long customerId, Long siteId, NewCallRequest request);

    /** How far ahead a call must be booked at least. */
    Duration minimumLead();

    /** The party's requests, newest first. */
    List<CallRequestView> list(Party party, int limit);

    /** One of the party's requests; another's is not found. */
    CallRequestView find(Party party, String requestRef);

    /** How many booked calls the operator missed (did not answer, or stayed busy past the grace). */
    long missedBy(long operatorId);

    CallRequestView accept(long operatorId, String requestRef);

    /** The operator's line of "when free" requests, first first. */
    List<CallRequestView> line(long operatorId);

    /** Passes a request in the operator's line over for now: it goes to the back of the line. */
    CallRequestView skip(long operatorId, String requestRef);

    /** Declines a pending request, or cancels an accepted one: the customer gets everything held back. */
    CallRequestView decline(long operatorId, String requestRef);

    CallRequestView propose(long operatorId, String requestRef, Instant startsAt);

    CallRequestView acceptProposal(long customerId, String requestRef);

    /** Cancels; free until the window before an accepted call, then the connect fee is kept. */
    CallRequestView cancel(long customerId, String requestRef);
}
