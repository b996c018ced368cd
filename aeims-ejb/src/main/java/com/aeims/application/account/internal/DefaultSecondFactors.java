package com.aeims.application.account.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.SecondFactorSetup;
import com.aeims.application.account.SecondFactors;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.account.SecondFactor;
import com.aeims.domain.model.account.SecondFactorRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultSecondFactors implements SecondFactors {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private SecondFactorRepository factors;

    @Inject
    private LoginGate logins;

    @Override
    public Status status(long accountId) {
        Optional<SecondFactor> factor = Optional.ofNullable(em.find(SecondFactor.class, accountId));
        boolean on = factor.map(SecondFactor::isConfirmed).orElse(false);
        return new Status(on, on ? factors.unusedRecoveryCodes(accountId) : 0);
    }

    @Override
    public SecondFactorSetup begin(long accountId) {
        Account account = em.find(Account.class, accountId);
        Optional<SecondFactor> existing = factors.locked(accountId);
        if (existing.isPresent() && existing.get().isConfirmed()) {
            throw new AccountRefused(Reason.NOT_POSSIBLE_NOW, "SECOND_FACTOR_ON",
                    "Two-step login is already on; turn it off first to move it to another app");
        }
        existing.ifPresent(factors::remove);
        em.flush();
        SecondFactor fresh = new SecondFactor(accountId, Instant.now());
        factors.save(fresh);
        return SecondFactorGate.setupOf(fresh, account.getEmail());
    }

    @Override
    public List<String> confirm(long accountId, String code) {
        SecondFactor factor = factors.locked(accountId).filter(f -> !f.isConfirmed()).orElseThrow(() ->
                ValidationFailure.of("NO_SETUP", "code", "Start the set-up first"));
        if (!factor.accept(code, Instant.now())) {
            throw ValidationFailure.of("WRONG_CODE", "code", "That is not the code your app shows now; check the"
                    + " key you entered and the phone's clock");
        }
        return SecondFactorGate.newRecoveryCodes(factors, accountId);
    }

    @Override
    public void turnOff(long accountId, String code, String clientAddress) {
        Account account = em.find(Account.class, accountId);
        if (account.getRole() == Role.ADMIN) {
            throw new AccountRefused(Reason.NOT_PERMITTED, "SECOND_FACTOR_REQUIRED_FOR_ADMINS",
                    "Admins always log in with two steps");
        }
        SecondFactor factor = factors.locked(accountId).filter(SecondFactor::isConfirmed).orElseThrow(() ->
                new AccountRefused(Reason.NOT_POSSIBLE_NOW, "SECOND_FACTOR_OFF", "Two-step login is not on"));
        // guessing codes here is guessing them at the login: the same throttle counts both
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        Duration wait = logins.admit(account.getEmail(), address);
        if (!wait.isZero()) {
            throw new AccountRefused(Reason.TOO_MANY_ATTEMPTS, "LOGIN_THROTTLED", "Too many wrong codes; try again in "
                    + Math.max(1, wait.toSeconds()) + " seconds");
        }
        boolean right = SecondFactorGate.accepts(factors, factor, code, Instant.now());
        logins.settle(account.getEmail(), address, right);
        if (!right) {
            throw ValidationFailure.of("WRONG_CODE", "code", "That code is not right");
        }
        factors.remove(factor);
    }
}
