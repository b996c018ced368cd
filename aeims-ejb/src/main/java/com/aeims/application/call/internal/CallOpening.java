package com.aeims.application.call.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.PhoneRules;
import com.aeims.application.call.CallPrice;
import com.aeims.application.call.CallRefused;
import com.aeims.application.call.CallStarted;
import com.aeims.application.money.BalanceCheck;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.MoneySettings;
import com.aeims.application.money.SpendingGuard;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallAllowance;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.site.Site;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The first half of starting a call, committed before the PBX is asked to dial: the operator is free and becomes
 * busy, the customer can pay, the funds are held and the call is recorded. If the PBX then refuses, the call is
 * settled as never connected, which gives the hold back.
 */
@Stateless
@LocalBean
public class CallOpening {

    /** What the service needs to dial, and what the customer is told. */
    public record Opened(String callRef, String customerNumber, String operatorNumber, int maxSeconds,
                         boolean recorded, CallStarted started) {
    }

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private SpendingGuard spending;

    @Inject
    private BillingService billing;

    @Inject
    private CallSettings settings;

    @Inject
    private MoneySettings money;

    @Inject
    private PhoneRules phones;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Opened open(long customerId, long operatorId, String customerPhone, Long siteId, CallPrice seen) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
        }
        String customerNumber = customerNumber(customer, customerPhone);
        phones.requireAllowed("customer_phone", customerNumber);
        requireUnderDailyLimit(customerId);
        // the operator row is the lock that keeps two customers from reaching one operator at once
        Operator operator = em.find(Operator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        if (operator.getAvailability() == Availability.BUSY) {
            throw new CallRefused(Reason.NOT_POSSIBLE_NOW, "OPERATOR_BUSY",
                    operator.getDisplayName() + " is on another call");
        }
        if (operator.getAvailability() != Availability.ONLINE) {
            throw new CallRefused(Reason.NOT_POSSIBLE_NOW, "OPERATOR_OFFLINE",
                    operator.getDisplayName() + " is not available for calls");
        }
        if (!PhoneNumber.isE164(operator.getPhone())
                || phones.destinations().refusal(operator.getPhone()).isPresent()) {
            throw new CallRefused(Reason.NOT_POSSIBLE_NOW, "OPERATOR_UNREACHABLE", operator.getDisplayName()
                    + " has no phone number for calls yet");
        }
        seen.requireCurrent(operator);
        spending.requireMaySpend(customerId, 0);
        BalanceCheck check = billing.balanceCheck(customerId, operatorId);
        long limitLeft = spending.allowanceCents(customerId);
        CallAllowance allowance = CallAllowance.of(Math.min(check.availableCents(), limitLeft), check.freeMinutes(),
                check.ratePerMinuteCents(), check.connectFeeCents(), settings.maxCallMinutes(), money.maxPostingCents());
        if (check.canCall() && allowance.holdCents() <= 0 && limitLeft < check.availableCents()) {
            throw new CallRefused(Reason.NOT_PERMITTED, "SPENDING_LIMIT", "Calling " + operator.getDisplayName()
                    + String.format(" would take you past the spending limit you set ($%d.%02d left for now)",
                    limitLeft / 100, limitLeft % 100));
        }
        if (!check.canCall() || allowance.holdCents() <= 0) {
            throw new CallRefused(Reason.FUNDS_NEEDED, "INSUFFICIENT_FUNDS", "Calling " + operator.getDisplayName()
                    + " needs "
                    + (check.freeMinutes() > 0 ? "the connect fee" : "the connect fee and at least one minute")
                    + "; please add funds");
        }
        String callRef = "call_" + UUID.randomUUID().toString().replace("-", "");
        Hold hold = billing.placeHold("call-hold:" + callRef, customerId, allowance.holdCents(), "CALL", callRef,
                Duration.ofSeconds(allowance.maxSeconds()).plus(Duration.ofMinutes(30)));
        Call call = new Call(callRef, customerId, operatorId, siteId, hold.id(), operator.getRatePerMinuteCents(),
                operator.getConnectFeeCents(), operator.getOperatorSharePercent(), allowance.freeMinutes(),
                allowance.maxSeconds(), customerNumber, operator.getPhone(), Instant.now());
        if (operator.recordsCallsOn(siteId == null ? null : em.find(Site.class, siteId))) {
            call.record();
        }
        em.persist(call);
        operator.changeAvailability(Availability.BUSY, Instant.now());
        return new Opened(callRef, customerNumber, operator.getPhone(), allowance.maxSeconds(), call.isRecorded(),
                new CallStarted(callRef, operatorId, operator.getDisplayName(), operator.getRatePerMinuteCents(),
                        operator.getConnectFeeCents(), allowance.freeMinutes(), allowance.maxMinutes(),
                        allowance.holdCents()));
    }

    private void requireUnderDailyLimit(long customerId) {
        long started = em.createQuery("SELECT COUNT(c) FROM Call c WHERE c.customerId = :customer"
                        + " AND c.requestedAt > :since", Long.class)
                .setParameter("customer", customerId)
                .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).getSingleResult();
        if (started >= settings.dailyCallLimit()) {
            throw new CallRefused(Reason.TOO_MANY_ATTEMPTS, "DAILY_CALL_LIMIT", "You have started "
                    + settings.dailyCallLimit() + " calls in the last 24 hours, the most we allow; please try later");
        }
    }

    /** Calls ring only the customer's confirmed number: a typed one must be that number. */
    private static String customerNumber(Customer customer, String typed) {
        String number = PhoneNumber.normalize(typed);
        String confirmed = customer.getPhone();
        if (confirmed == null || (number != null && !number.equals(confirmed))) {
            throw ValidationFailure.of("PHONE_NOT_CONFIRMED", "customer_phone", number == null || confirmed == null
                    ? "Confirm your phone number first: we text it a code"
                    : "Calls ring your confirmed number, " + confirmed + "; confirm " + number + " first to use it");
        }
        return confirmed;
    }
}
