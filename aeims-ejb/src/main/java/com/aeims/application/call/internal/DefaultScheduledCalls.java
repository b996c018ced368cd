package com.aeims.application.call.internal;

import com.aeims.application.account.PhoneRules;
import com.aeims.application.call.ScheduledCall;
import com.aeims.application.call.ScheduledCalls;
import com.aeims.application.call.Telephony;
import com.aeims.application.money.BillingService;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallAllowance;
import com.aeims.domain.model.call.CallRepository;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.site.Site;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@Stateless
public class DefaultScheduledCalls implements ScheduledCalls {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private Telephony telephony;

    @Inject
    private BillingService billing;

    @Inject
    private PhoneRules phones;

    @Inject
    private CallRepository calls;

    @Inject
    private CallDialer dialer;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<String> open(ScheduledCall booked) {
        if (!telephony.isAvailable()) {
            return Optional.of("TELEPHONY_UNAVAILABLE");
        }
        Customer customer = em.find(Customer.class, booked.customerId());
        if (customer == null || !dialable(customer.getPhone())) {
            return Optional.of("CUSTOMER_UNREACHABLE");
        }
        // the operator row is the lock that keeps a walk-in caller and a booked call from reaching them at once
        Operator operator = em.find(Operator.class, booked.operatorId(), LockModeType.PESSIMISTIC_WRITE);
        if (operator == null || !operator.getAccount().isEnabled() || !dialable(operator.getPhone())) {
            return Optional.of("OPERATOR_UNREACHABLE");
        }
        if (operator.getAvailability() == Availability.BUSY) {
            return Optional.of("OPERATOR_BUSY");
        }
        // free minutes are taken at settlement: if some were used since booking, the hold pays for fewer minutes
        int freeNow = billing.balanceCheck(booked.customerId(), booked.operatorId()).freeMinutes();
        CallAllowance allowance = CallAllowance.of(booked.heldCents(), freeNow, booked.ratePerMinuteCents(),
                booked.connectFeeCents(), booked.durationMinutes(), booked.heldCents());
        if (allowance.maxMinutes() < 1) {
            return Optional.of("NOTHING_PAID");
        }
        Instant now = Instant.now();
        Call call = new Call(booked.callRef(), booked.customerId(), booked.operatorId(), booked.siteId(),
                booked.holdId(), booked.ratePerMinuteCents(), booked.connectFeeCents(), booked.operatorSharePercent(),
                allowance.freeMinutes(), allowance.maxSeconds(), customer.getPhone(), operator.getPhone(), now);
        if (booked.connectFeeIfCustomerMisses()) {
            call.chargeConnectFeeIfCustomerMisses();
        }
        if (operator.recordsCallsOn(booked.siteId() == null ? null : em.find(Site.class, booked.siteId()))) {
            call.record();
        }
        em.persist(call);
        operator.changeAvailability(Availability.BUSY, now);
        return Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dial(String callRef) {
        Call call = calls.find(callRef).orElseThrow(() -> new IllegalArgumentException("No call " + callRef));
        dialer.dial(callRef, call.getCustomerNumber(), call.getOperatorNumber(), call.getMaxSeconds(),
                call.isRecorded());
    }

    private boolean dialable(String number) {
        return PhoneNumber.isE164(number) && phones.destinations().refusal(number).isEmpty();
    }
}
