package com.aeims.domain.model.ledger;

import com.aeims.domain.model.pricing.FreeMinuteGrant;
import com.aeims.domain.model.pricing.FreeMinutes;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bookkeeping beside call settlement postings, written together with them. */
public interface SettlementRecords {

    /** Calls' holds by id, and their customers' free minutes still usable now (by customer), all locked. */
    record LockedHolds(Map<Long, Hold> holds, Map<Long, List<FreeMinuteGrant>> freeMinutesByCustomer) {
    }

    /** What settling one call writes beside its posting; the charge is there when the call connected. */
    record CallRecord(long holdId, long postingId, long capturedCents, List<FreeMinutes.Allocation> freeMinutes,
                      Optional<ChargeRecord> charge) {
    }

    /** Locks the holds in id order, then their customers' free-minute grants in customer and FIFO order. */
    LockedHolds lockHolds(Collection<Long> holdIds, Instant now);

    /**
     * Takes the free minutes, records the charges and closes the holds as posted, for all the calls in one go: these
     * rows only ever change together.
     */
    void recordCalls(List<CallRecord> calls);
}
