package com.aeims.application.call.internal;

import com.aeims.application.Push;
import com.aeims.application.call.CallChanged;
import com.aeims.application.call.CallSettled;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.CallSettlement;
import com.aeims.application.money.CallTerms;
import com.aeims.application.money.CallToSettle;
import com.aeims.application.operator.OperatorFreed;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallRepository;
import com.aeims.domain.model.interaction.InteractionRepository;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorRepository;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles calls that are over against their holds, many in one transaction (see {@link CallSettlementDrain}, its
 * only client): the ledger's charge, the call's final figures, the interaction record, the operator free again, and
 * {@link CallSettled} for whatever the call was booked by, in the same transaction.
 */
@Stateless
@LocalBean
public class CallSettler {

    @Inject
    private CallRepository calls;

    @Inject
    private OperatorRepository operatorRepository;

    @Inject
    private BillingService billing;

    @Inject
    private InteractionRepository interactions;

    @Inject
    private DisplayNames names;

    @Inject
    private CallViews views;

    @Inject
    private Push push;

    @Inject
    private Event<CallSettled> settledCalls;

    @Inject
    private Event<OperatorFreed> freed;

    /** Ids of the calls due now, of this share of ids (see {@link CallRepository#dueForSettlement}). */
    public List<Long> due(int max, int share, int shares) {
        return calls.dueForSettlement(Instant.now(), max, share, shares);
    }

    // the calls, then their operators, then (in the ledger) holds, free minutes and accounts: the order initiation
    // and every other settlement lock in too
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int settle(List<Long> callIds) {
        List<Call> due = calls.lockDue(callIds);
        if (due.isEmpty()) {
            return 0;
        }
        List<Operator> operators = operatorRepository.lockAll(due.stream().map(Call::getOperatorId).toList());
        Instant now = Instant.now();
        List<CallToSettle> toSettle = due.stream().map(call -> new CallToSettle(call.getHoldId(),
                new CallTerms(call.getOperatorId(), call.getRatePerMinuteCents(), call.getConnectFeeCents(),
                        call.getOperatorSharePercent()), call.connected(), call.talkSecondsSoFar(now),
                call.getCallRef(), call.chargesConnectFeeAsMissed())).toList();
        List<CallSettlement> settlements = billing.settleCalls(toSettle);
        List<InteractionRepository.Interaction> contacts = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            Call call = due.get(i);
            CallSettlement settlement = settlements.get(i);
            call.settled(toSettle.get(i).billableSeconds(), settlement.charge().billedMinutes(),
                    settlement.charge().freeMinutes(), settlement.chargedCents(), settlement.operatorCents(),
                    settlement.postingId(), now);
            settledCalls.fire(new CallSettled(call.getCallRef(), call.connected(), call.getEndReason(),
                    settlement.chargedCents(), settlement.postingId(), call.isConnectFeeIfCustomerMisses()));
            if (call.connected()) {
                contacts.add(new InteractionRepository.Interaction(call.getOperatorId(), call.getCustomerId(),
                        settlement.chargedCents()));
            }
        }
        interactions.record(InteractionRepository.Contact.CALL, contacts);
        freeOperators(operators, now);
        Map<Long, String> parties = names.of(parties(due));
        due.forEach(call -> push.send(new CallChanged(
                views.summary(call, parties.get(call.getCustomerId()), parties.get(call.getOperatorId())))));
        return due.size();
    }

    /** A call that could not be settled is tried again after this delay, so it does not hold up the calls due next. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(long callId, Duration delay) {
        calls.lock(callId).ifPresent(call -> call.settlementFailed(Instant.now().plus(delay)));
    }

    /** Operators busy only with the calls just settled are available again. */
    private void freeOperators(List<Operator> operators, Instant now) {
        Set<Long> stillOnCalls = calls.stillOnCalls(operators.stream().map(Operator::getId).toList());
        for (Operator operator : operators) {
            if (operator.getAvailability() == Availability.BUSY && !stillOnCalls.contains(operator.getId())) {
                operator.changeAvailability(Availability.ONLINE, now);
                freed.fire(new OperatorFreed(operator.getId()));
            }
        }
    }

    private static Set<Long> parties(List<Call> calls) {
        Set<Long> ids = new HashSet<>();
        calls.forEach(call -> {
            ids.add(call.getCustomerId());
            ids.add(call.getOperatorId());
        });
        return ids;
    }
}
