package com.aeims.application.account.internal;

import com.aeims.application.account.SecondFactorSetup;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.account.SecondFactor;
import com.aeims.domain.model.account.SecondFactorRepository;
import com.aeims.domain.model.account.Totp;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a login whose password was right, in a transaction of its own: an accepted code is used up at
 * once, whatever happens to the rest of the login.
 */
@Stateless
@LocalBean
public class SecondFactorGate {

    static final String ISSUER = "AEIMS";

    @Inject
    private SecondFactorRepository factors;

    /** How the second step went: passed (with recovery codes when it just finished an admin's set-up) or not. */
    public record Verdict(boolean passed, SecondFactorSetup setup, List<String> newRecoveryCodes) {

        static Verdict pass(List<String> newRecoveryCodes) {
            return new Verdict(true, null, newRecoveryCodes);
        }

        static Verdict codeRequired() {
            return new Verdict(false, null, List.of());
        }

        static Verdict setUpFirst(SecondFactorSetup setup) {
            return new Verdict(false, setup, List.of());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verdict check(long accountId, String email, Role role, String code) {
        Optional<SecondFactor> existing = factors.locked(accountId);
        Instant now = Instant.now();
        if (existing.isPresent() && existing.get().isConfirmed()) {
            return accepts(factors, existing.get(), code, now) ? Verdict.pass(List.of()) : Verdict.codeRequired();
        }
        if (role != Role.ADMIN) {
            // an operator's set-up guards nothing until its first code comes back
            return Verdict.pass(List.of());
        }
        // an admin sets the app up at their first login; the same secret is offered until a code from it comes back
        SecondFactor factor = existing.orElseGet(() -> {
            SecondFactor fresh = new SecondFactor(accountId, now);
            factors.save(fresh);
            return fresh;
        });
        if (code != null && !code.isBlank() && factor.accept(code, now)) {
            return Verdict.pass(newRecoveryCodes(factors, accountId));
        }
        return Verdict.setUpFirst(setupOf(factor, email));
    }

    /** Takes a code for a confirmed factor: the app's (good once) or one of the account's recovery codes (used up). */
    static boolean accepts(SecondFactorRepository factors, SecondFactor factor, String code, Instant now) {
        return SecondFactor.looksLikeRecoveryCode(code)
                ? factors.useRecoveryCode(factor.getAccountId(), SecondFactor.hashOf(code))
                : factor.accept(code, now);
    }

    /** New recovery codes for the account, replacing any it had; only their hashes are kept. */
    static List<String> newRecoveryCodes(SecondFactorRepository factors, long accountId) {
        List<String> codes = SecondFactor.newRecoveryCodes();
        factors.replaceRecoveryCodes(accountId, codes.stream().map(SecondFactor::hashOf).toList());
        return codes;
    }

    static SecondFactorSetup setupOf(SecondFactor factor, String accountName) {
        return new SecondFactorSetup(factor.getSecret(), Totp.uri(ISSUER, accountName, factor.getSecret()));
    }
}
