package com.aeims.domain.model.ledger;

import java.util.Optional;

public interface ChargeRepository {

    void record(ChargeRecord charge);

    Optional<ChargeRecord> findByPosting(long postingId);
}
