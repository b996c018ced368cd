package com.aeims.domain.model.ledger;

import com.aeims.domain.model.pricing.FreeMinuteGrant;
import com.aeims.domain.model.pricing.FreeMinutes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bookkeeping beside a call's settlement posting, written together with it. */
public interface SettlementRecords {

    /** A call's hold and the customer's free minutes usable with the operator, both locked, read together. */
    record LockedCall(Hold hold, List<FreeMinuteGrant> freeMinutes) {
    }

    Optional<LockedCall> lockCall(long holdId, long operatorId, Instant now);

    /**
     * Takes the free minutes, records the charge (when there is one) and closes the hold as posted, all in one
     * go: these rows only ever change together.
     */
    void recordCall(long holdId, long postingId, long capturedCents, List<FreeMinutes.Allocation> freeMinutes,
                    Optional<ChargeRecord> charge);
}
