package com.aeims.application.account.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.PhoneVerification;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneCode;
import com.aeims.domain.model.account.PhoneCodeRepository;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorRepository;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Records codes and the answers to them, each in a transaction of its own: a wrong answer must stay counted although
 * the request that brought it fails, and a code sent must count toward the limits whether or not the SMS arrives.
 */
@Stateless
@LocalBean
public class PhoneCodeDesk {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private PhoneCodeRepository codes;

    @Inject
    private OperatorRepository operators;

    /** How an answer went, and for a wrong one how many tries the code has left. */
    public record Answer(PhoneCode.Check check, String phone, int triesLeft) {
    }

    /** Records a new code for the number, within the daily limits; it replaces any code sent before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PhoneCode.Issued issue(long accountId, String number) {
        // the account's row and the number are the locks: requests at once, from one account or from many to one
        // number, are counted one after the other, so none passes a limit another has reached
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        codes.lockNumber(number);
        if (account.getRole() == Role.OPERATOR) {
            requireFree(accountId, number);
        }
        Instant now = Instant.now();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        if (codes.sentToAccountSince(accountId, dayAgo) >= PhoneVerification.CODES_PER_DAY
                || codes.sentToNumberSince(number, dayAgo) >= PhoneVerification.CODES_PER_DAY) {
            throw new AccountRefused(Reason.TOO_MANY_ATTEMPTS, "TOO_MANY_CODES", "We have sent "
                    + PhoneVerification.CODES_PER_DAY + " codes in the last 24 hours, the most we send; please try"
                    + " again tomorrow");
        }
        PhoneCode.Issued issued = PhoneCode.issue(accountId, number, now);
        codes.save(issued.phoneCode());
        return issued;
    }

    /** Checks an answer to the account's latest code; a right one makes its number the account's phone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Answer answer(long accountId, String typed) {
        Optional<PhoneCode> latest = codes.latestLocked(accountId);
        if (latest.isEmpty()) {
            return new Answer(PhoneCode.Check.USED_UP, null, 0);
        }
        PhoneCode code = latest.get();
        PhoneCode.Check check = code.check(typed, Instant.now());
        if (check == PhoneCode.Check.CONFIRMED) {
            assign(accountId, code.getPhone());
        }
        return new Answer(check, code.getPhone(), code.triesLeft());
    }

    private void assign(long accountId, String number) {
        Account account = em.find(Account.class, accountId);
        if (account.getRole() == Role.OPERATOR) {
            requireFree(accountId, number);
            em.find(Operator.class, accountId).setPhone(number);
            try {
                em.flush();
            } catch (PersistenceException raced) {
                // another operator confirmed the number between the check and this update
                for (Throwable cause = raced; cause != null; cause = cause.getCause()) {
                    if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                        throw phoneTaken();
                    }
                }
                throw raced;
            }
        } else if (account.getRole() == Role.CUSTOMER) {
            em.find(Customer.class, accountId).changePhone(number);
        }
    }

    /** An operator's SMS reply is matched to its operator by this number (the database holds the same rule). */
    private void requireFree(long operatorId, String number) {
        Optional<Operator> holder = operators.byPhone(number);
        if (holder.isPresent() && holder.get().getId() != operatorId) {
            throw phoneTaken();
        }
    }

    private static ValidationFailure phoneTaken() {
        return ValidationFailure.of("PHONE_TAKEN", "phone", "This number belongs to another operator's account");
    }
}
