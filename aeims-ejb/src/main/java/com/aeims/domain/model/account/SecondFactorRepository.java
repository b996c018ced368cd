package com.aeims.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Accounts' authenticator apps and recovery codes; every method joins the caller's transaction. */
public interface SecondFactorRepository {

    /**
     * The account's factor, if it has one, with the account locked until the transaction ends: one code cannot be
     * accepted twice at once, and two set-ups of an account without a factor wait for each other.
     */
    Optional<SecondFactor> locked(long accountId);

    void save(SecondFactor factor);

    void remove(SecondFactor factor);

    /** Replaces the account's recovery codes with these (hashes, {@link SecondFactor#hashOf}). */
    void replaceRecoveryCodes(long accountId, List<String> hashes);

    /** Uses up one unused recovery code; false when there is none with this hash. */
    boolean useRecoveryCode(long accountId, String hash);

    int unusedRecoveryCodes(long accountId);
}
