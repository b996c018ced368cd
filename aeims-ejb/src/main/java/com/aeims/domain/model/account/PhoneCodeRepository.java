package com.aeims.domain.model.account;

import java.time.Instant;
import java.util.Optional;

/** One-time phone codes; every method joins the caller's transaction. */
public interface PhoneCodeRepository {

    void save(PhoneCode code);

    /** The account's latest code, locked until the transaction ends so two answers cannot both use its last try. */
    Optional<PhoneCode> latestLocked(long accountId);

    /** Holds the number until the transaction ends: codes to it are counted and sent one request at a time. */
    void lockNumber(String phone);

    long sentToAccountSince(long accountId, Instant since);

    long sentToNumberSince(String phone, Instant since);
}
