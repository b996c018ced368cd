package com.aeims.application.account.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.AccountService;
import com.aeims.application.account.CustomerRegistration;
import com.aeims.application.account.LoginOutcome;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.account.PasswordPolicy;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.site.Site;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

@Stateless
public class DefaultAccountService implements AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int MAX_EMAIL = 254;
    private static final int MAX_ADDRESS = 64;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private LoginGate gate;

    @Inject
    private SecondFactorGate secondFactor;

    @Override
    public Account registerCustomer(CustomerRegistration registration) {
        Duration wait = gate.admitRegistration(clientAddress(registration.clientAddress()));
        if (!wait.isZero()) {
            throw new AccountRefused(Reason.TOO_MANY_ATTEMPTS, "REGISTRATION_THROTTLED",
                    "Too many sign-ups from your address. Try again in " + LoginThrottle.inWords(wait) + ".");
        }
        String email = Account.normalizeEmail(registration.email());
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        if (!EMAIL.matcher(email).matches() || email.length() > MAX_EMAIL) {
            errors.reject("email", "Enter a valid email address");
        } else if (findByEmail(email).isPresent()) {
            errors.reject("email", "An account with this email already exists");
        }
        String displayName = registration.displayName() == null ? "" : registration.displayName().strip();
        if (displayName.length() < 2 || displayName.length() > 60) {
            errors.reject("displayName", "Use 2 to 60 characters");
        } else if (displayName.codePoints().anyMatch(Character::isISOControl)) {
            errors.reject("displayName", "Use printable characters only");
        }
        PasswordPolicy.problemWith(registration.password(), email).ifPresent(p -> errors.reject("password", p));
        LocalDate today = LocalDate.now(CLOCK.withZone(ZoneOffset.UTC));
        LocalDate dateOfBirth = registration.dateOfBirth();
        if (dateOfBirth == null) {
            errors.reject("dateOfBirth", "Enter your date of birth");
        } else if (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(120))) {
            errors.reject("dateOfBirth", "Enter a real date of birth");
        } else if (!Customer.isAdult(dateOfBirth, today)) {
            errors.reject("dateOfBirth", "You must be " + Customer.MINIMUM_AGE + " or older to register");
        }
        Site site = em.find(Site.class, registration.siteId());
        if (site == null) {
            errors.reject("site", "Unknown site");
        }
        errors.throwIfAny("VALIDATION_FAILED");

        Account account = new Account(email, displayName, PasswordHash.of(registration.password().toCharArray()),
                Role.CUSTOMER);
        em.persist(account);
        em.persist(new Customer(account, dateOfBirth, site));
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isUniqueViolation(e)) {
                // another registration with the same email committed between our check and our insert
                throw ValidationFailure.of("VALIDATION_FAILED", "email", "An account with this email already exists");
            }
            throw e;
        }
        return account;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** No transaction of its own: the gate's short ones hold the throttle's locks, never the password check. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome authenticate(String rawEmail, char[] password, String secondFactorCode, String clientAddress) {
        String email = Account.normalizeEmail(rawEmail);
        if (email.length() > MAX_EMAIL) {
            // no account can have it; refused before it could make an overlong throttle key
            return LoginOutcome.invalid();
        }
        String address = clientAddress(clientAddress);
        Duration wait = gate.admit(email, address);
        if (!wait.isZero()) {
            return LoginOutcome.throttled(wait);
        }
        Optional<Account> account = findByEmail(email);
        boolean valid;
        if (account.isPresent()) {
            valid = account.get().passwordMatches(password) && account.get().isEnabled();
        } else {
            PasswordHash.burnEquivalentTime(password);
            valid = false;
        }
        if (!valid) {
            gate.settle(email, address, false);
            return LoginOutcome.invalid();
        }
        SecondFactorGate.Verdict second = secondFactor.check(account.get().getId(), email, account.get().getRole(),
                secondFactorCode);
        // a right password without its code counts as a failed try: codes are guessed only as slowly as passwords
        gate.settle(email, address, second.passed());
        if (second.setup() != null) {
            return LoginOutcome.setupRequired(second.setup());
        }
        return second.passed()
                ? LoginOutcome.authenticated(account.get().getId(), email, account.get().getRole(),
                        second.newRecoveryCodes())
                : LoginOutcome.codeRequired();
    }

    private static String clientAddress(String raw) {
        return raw == null || raw.isBlank() ? "unknown" : raw.substring(0, Math.min(raw.length(), MAX_ADDRESS));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }
}
