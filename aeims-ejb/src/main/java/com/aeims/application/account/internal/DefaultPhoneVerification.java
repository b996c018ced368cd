package com.aeims.application.account.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.SmsGateway;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.PhoneRules;
import com.aeims.application.account.PhoneVerification;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneCode;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Codes are recorded by {@link PhoneCodeDesk}; the SMS goes out after that commit, outside any transaction. */
@Stateless
public class DefaultPhoneVerification implements PhoneVerification {

    private static final Logger LOG = Logger.getLogger(DefaultPhoneVerification.class.getName());

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private PhoneCodeDesk desk;

    @Inject
    private PhoneRules phones;

    @Inject
    private SmsGateway sms;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CodeSent sendCode(long accountId, String phone, String brandName) {
        String number = PhoneNumber.normalize(phone);
        if (!PhoneNumber.isE164(number)) {
            throw ValidationFailure.of("INVALID_PHONE", "phone", "Enter the number in international form, e.g."
                    + " +12125550123");
        }
        phones.requireAllowed("phone", number);
        boolean showInstead = !sms.isConfigured() && phones.demoMode();
        if (!sms.isConfigured() && !showInstead) {
            throw new AccountRefused(Reason.SERVICE_UNAVAILABLE, "SMS_UNAVAILABLE",
                    "We cannot send text messages right now, so numbers cannot be confirmed; please try later");
        }
        PhoneCode.Issued issued = desk.issue(accountId, number);
        if (showInstead) {
            return new CodeSent(number, PhoneCode.VALID_FOR, Optional.of(issued.code()));
        }
        try {
            sms.send(sms.numbers().get(0), number, issued.code() + " is your " + brandName + " code. It expires in "
                    + PhoneCode.VALID_FOR.toMinutes() + " minutes; if you did not ask for it, ignore this message.");
        } catch (IllegalStateException refused) {
            LOG.log(Level.WARNING, "Could not text a phone code to account " + accountId, refused);
            throw new AccountRefused(Reason.SERVICE_UNAVAILABLE, "SMS_FAILED",
                    "We could not text a code to " + number + "; check the number and try again");
        }
        return new CodeSent(number, PhoneCode.VALID_FOR, Optional.empty());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String confirm(long accountId, String code) {
        PhoneCodeDesk.Answer answer = desk.answer(accountId, code);
        return switch (answer.check()) {
            case CONFIRMED -> answer.phone();
            case WRONG -> throw ValidationFailure.of("WRONG_CODE", "code", answer.triesLeft() == 0
                    ? "That code is not right, and it was the last try; ask for a new code"
                    : "That code is not right; " + answer.triesLeft() + (answer.triesLeft() == 1 ? " try" : " tries")
                    + " left");
            case EXPIRED -> throw ValidationFailure.of("CODE_EXPIRED", "code",
                    "That code has expired; ask for a new one");
            case USED_UP -> throw ValidationFailure.of("NO_CODE", "code", answer.phone() == null
                    ? "Ask for a code first" : "That code cannot be used any more; ask for a new one");
        };
    }

    @Override
    public Optional<String> confirmedPhone(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return Optional.empty();
        }
        if (account.getRole() == Role.OPERATOR) {
            return Optional.ofNullable(em.find(Operator.class, accountId)).map(Operator::getPhone);
        }
        return Optional.ofNullable(em.find(Customer.class, accountId)).map(Customer::getPhone);
    }
}
