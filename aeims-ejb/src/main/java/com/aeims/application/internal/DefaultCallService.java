package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.CallChanged;
import com.aeims.application.CallEvents;
import com.aeims.application.CallRefused;
import com.aeims.application.CallService;
import com.aeims.application.CallSettlement;
import com.aeims.application.CallStarted;
import com.aeims.application.CallSummary;
import com.aeims.application.CallTerms;
import com.aeims.application.CallToSettle;
import com.aeims.application.Telephony;
import com.aeims.application.TelephonyUnavailable;
import com.aeims.application.UnknownEntityException;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.domain.model.call.CallState;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.pricing.CallCharge;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
public class DefaultCallService implements CallService {

    private static final Logger LOG = Logger.getLogger(DefaultCallService.class.getName());
    private static final int HISTORY_LIMIT = 200;
    private static final Viewer EVERYONE = new Viewer(0, Role.ADMIN);

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallOpening opening;

    @Inject
    private BillingService billing;

    @Inject
    private Telephony telephony;

    @Inject
    private CallEvents callEvents;

    @Inject
    private CallSettings settings;

    @Inject
    private MoneySettings money;

    @Inject
    private Event<CallChanged> changes;

    @Inject
    private InteractionRecords interactions;

    @Inject
    private CallSettlementDrain settlementDrain;

    @Inject
    private Event<CallDurationCap.Due> durationCaps;

    @Resource
    private SessionContext context;

    // the hold and the call are committed before the PBX dials, so a refused dial can be settled like any failure
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CallStarted initiate(long customerId, long operatorId, String customerPhone, Long siteId) {
        if (!telephony.isAvailable()) {
            throw new CallRefused("TELEPHONY_UNAVAILABLE", 503, "Calls are unavailable right now; please try again");
        }
        CallOpening.Opened opened = opening.open(customerId, operatorId, customerPhone, siteId);
        try {
            telephony.originate(opened.callRef(), opened.customerNumber(), opened.operatorNumber(),
                    opened.maxSeconds());
        } catch (TelephonyUnavailable refused) {
            LOG.log(Level.WARNING, "The PBX refused call " + opened.callRef(), refused);
            self().apply(List.of(new CallEvent(opened.callRef(), CallEvent.Type.CUSTOMER_FAILED, Instant.now(), null,
                    null, "PBX_UNAVAILABLE")));
            throw new CallRefused("TELEPHONY_UNAVAILABLE", 503, "Calls are unavailable right now; please try again");
        }
        return opened.started();
    }

    private CallService self() {
        return context.getBusinessObject(CallService.class);
    }

    @Override
    public void apply(List<CallEvent> facts) {
        Call call = lockedCall(facts.get(0).callRef());
        if (call == null) {
            LOG.fine(() -> "Events for an unknown call ignored: " + facts);
            return;
        }
        CallState before = call.getState();
        Set<Call.Outcome> outcomes = EnumSet.noneOf(Call.Outcome.class);
        for (CallEvent fact : facts) {
            outcomes.add(call.apply(fact));
        }
        // SETTLE_NOW needs nothing here: the call marked itself due, and CallSettlementDrain settles it once this
        // commits; a call that already ended needs no cap
        if (outcomes.contains(Call.Outcome.BRIDGED_NOW) && !call.getState().isFinal()) {
            capDuration(call);
        }
        if (outcomes.contains(Call.Outcome.SETTLE_AFTER_GRACE) && call.getSettleDueAt() == null) {
            callEvents.publishLater(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, Instant.now()),
                    settings.settleGrace());
        }
        if (call.getState() != before || outcomes.contains(Call.Outcome.SETTLE_NOW)) {
            changes.fire(new CallChanged(summary(call, null, null)));
        }
    }

    private void capDuration(Call call) {
        if (call.getCustomerChannel() != null) {
            int remaining = (int) Math.max(1, call.getMaxSeconds() - call.talkSecondsSoFar(Instant.now()));
            durationCaps.fire(new CallDurationCap.Due(call.getCallRef(), call.getCustomerChannel(), remaining));
        }
    }

    @Override
    public List<Long> settlementDue(int max, int share, int shares) {
        return em.createQuery("SELECT c.id FROM Call c WHERE c.settledAt IS NULL AND c.settleDueAt <= :now "
                        + "AND MOD(c.id, :shares) = :share ORDER BY c.settleDueAt, c.id", Long.class)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("shares", (long) shares)
                .setParameter("share", (long) share).setMaxResults(max).getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postponeSettlement(long callId, Duration delay) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call != null) {
            call.settlementFailed(Instant.now().plus(delay));
        }
    }

    // the calls, then their operators, then (in the ledger) holds, free minutes and accounts: the order initiation
    // and every other settlement lock in too
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int settle(List<Long> callIds) {
        List<Call> due = em.createQuery("SELECT c FROM Call c WHERE c.id IN :ids AND c.settledAt IS NULL "
                        + "AND c.settleDueAt IS NOT NULL ORDER BY c.id", Call.class)
                .setParameter("ids", callIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Operator> operators = em.createQuery("SELECT o FROM Operator o WHERE o.accountId IN :ids "
                        + "ORDER BY o.accountId", Operator.class)
                .setParameter("ids", due.stream().map(Call::getOperatorId).distinct().toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = Instant.now();
        List<CallToSettle> toSettle = due.stream().map(call -> new CallToSettle(call.getHoldId(),
                new CallTerms(call.getOperatorId(), call.getRatePerMinuteCents(), call.getConnectFeeCents(),
                        call.getOperatorSharePercent()), call.connected(), call.talkSecondsSoFar(now),
                call.getCallRef())).toList();
        List<CallSettlement> settlements = billing.settleCalls(toSettle);
        List<InteractionRecords.Interaction> contacts = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            Call call = due.get(i);
            CallSettlement settlement = settlements.get(i);
            call.settled(toSettle.get(i).billableSeconds(), settlement.charge().billedMinutes(),
                    settlement.charge().freeMinutes(), settlement.chargedCents(), settlement.operatorCents(),
                    settlement.postingId(), now);
            if (call.connected()) {
                contacts.add(new InteractionRecords.Interaction(call.getOperatorId(), call.getCustomerId(),
                        settlement.chargedCents()));
            }
        }
        interactions.record(InteractionRecords.Contact.CALL, contacts);
        freeOperators(operators, now);
        Map<Long, String> names = displayNames(due);
        due.forEach(call -> changes.fire(new CallChanged(
                summary(call, names.get(call.getCustomerId()), names.get(call.getOperatorId())))));
        return due.size();
    }

    /** Operators busy only with the calls just settled are available again. */
    private void freeOperators(List<Operator> operators, Instant now) {
        em.flush();
        Set<Long> stillOnCalls = Set.copyOf(em.createQuery("SELECT DISTINCT c.operatorId FROM Call c "
                        + "WHERE c.operatorId IN :ids AND c.settledAt IS NULL", Long.class)
                .setParameter("ids", operators.stream().map(Operator::getId).toList()).getResultList());
        for (Operator operator : operators) {
            if (operator.getAvailability() == Availability.BUSY && !stillOnCalls.contains(operator.getId())) {
                operator.changeAvailability(Availability.ONLINE, now);
            }
        }
    }

    private Map<Long, String> displayNames(List<Call> calls) {
        Set<Long> ids = new HashSet<>();
        calls.forEach(call -> {
            ids.add(call.getCustomerId());
            ids.add(call.getOperatorId());
        });
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    public CallSummary status(String callRef, Viewer viewer) {
        return summary(visibleCall(callRef, viewer));
    }

    @Override
    public Optional<String> customerPhone(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return customer == null ? Optional.empty() : Optional.ofNullable(customer.getPhone());
    }

    @Override
    public CallSummary hangup(String callRef, Viewer viewer) {
        Call call = visibleCall(callRef, viewer);
        if (call.getState().isFinal()) {
            return summary(call);
        }
        if (call.getCustomerChannel() == null) {
            throw new CallRefused("CALL_NOT_STARTED", 409, "The call is still being placed; try again in a moment");
        }
        try {
            telephony.hangup(call.getCustomerChannel());
        } catch (TelephonyUnavailable failed) {
            throw new CallRefused("TELEPHONY_UNAVAILABLE", 503, "Could not reach the phone system to hang up");
        }
        return summary(call);
    }

    @Override
    public List<CallSummary> history(Viewer viewer, int limit) {
        return calls(viewer, "", Math.max(1, Math.min(limit, HISTORY_LIMIT)));
    }

    @Override
    public List<CallSummary> active(Viewer viewer) {
        return calls(viewer, " AND c.settledAt IS NULL", HISTORY_LIMIT);
    }

    @Override
    public List<CallSummary> talking() {
        return calls(EVERYONE, " AND c.settledAt IS NULL AND c.bridgedAt IS NOT NULL AND c.endedAt IS NULL",
                Integer.MAX_VALUE);
    }

    private List<CallSummary> calls(Viewer viewer, String condition, int limit) {
        String party = switch (viewer.role()) {
            case CUSTOMER -> " AND c.customerId = :viewer";
            case OPERATOR -> " AND c.operatorId = :viewer";
            case ADMIN -> "";
        };
        TypedQuery<Object[]> query = em.createQuery("SELECT c, ca.displayName, oa.displayName FROM Call c, "
                + "Account ca, Account oa WHERE ca.id = c.customerId AND oa.id = c.operatorId" + party + condition
                + " ORDER BY c.requestedAt DESC, c.id DESC", Object[].class).setMaxResults(limit);
        if (viewer.role() != Role.ADMIN) {
            query.setParameter("viewer", viewer.accountId());
        }
        return query.getResultList().stream()
                .map(row -> summary((Call) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void enforceLimits() {
        Instant now = Instant.now();
        for (Call call : unsettled()) {
            if (call.getState() == CallState.BRIDGED && call.getCustomerChannel() != null
                    && call.getBridgedAt().toInstant().plusSeconds(call.getMaxSeconds())
                    .plus(settings.overrunGrace()).isBefore(now)) {
                LOG.warning(() -> "Call " + call.getCallRef() + " ran past its cap; hanging it up");
                try {
                    telephony.hangup(call.getCustomerChannel());
                } catch (TelephonyUnavailable failed) {
                    LOG.log(Level.WARNING, "Could not hang up call " + call.getCallRef(), failed);
                }
            } else if (call.getState().isFinal() && call.getSettleDueAt() == null && call.getEndedAt().toInstant()
                    .plus(settings.settleGrace()).plusSeconds(30).isBefore(now)) {
                self().apply(List.of(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, now)));
            }
        }
        // calls left due by a restart or a failed batch
        settlementDrain.wake();
    }

    private List<Call> unsettled() {
        return em.createQuery("SELECT c FROM Call c WHERE c.settledAt IS NULL ORDER BY c.id", Call.class)
                .getResultList();
    }

    private Call lockedCall(String callRef) {
        return em.createQuery("SELECT c FROM Call c WHERE c.callRef = :ref", Call.class)
                .setParameter("ref", callRef).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    private Call visibleCall(String callRef, Viewer viewer) {
        Call call = callRef == null ? null : em.createQuery("SELECT c FROM Call c WHERE c.callRef = :ref", Call.class)
                .setParameter("ref", callRef).getResultStream().findFirst().orElse(null);
        boolean visible = call != null && switch (viewer.role()) {
            case CUSTOMER -> call.getCustomerId() == viewer.accountId();
            case OPERATOR -> call.getOperatorId() == viewer.accountId();
            case ADMIN -> true;
        };
        if (!visible) {
            throw new UnknownEntityException("CALL_NOT_FOUND", "No call " + callRef);
        }
        return call;
    }

    private CallSummary summary(Call call) {
        Map<Long, String> names = displayNames(List.of(call));
        return summary(call, names.get(call.getCustomerId()), names.get(call.getOperatorId()));
    }

    private CallSummary summary(Call call, String customerName, String operatorName) {
        Instant now = Instant.now();
        long talk = call.isSettled() ? call.getTalkSeconds() : call.talkSecondsSoFar(now);
        long cost = call.isSettled() ? call.getChargedCents()
                : CallCharge.of(call.connected(), talk, money.callIncrementMinutes(), call.getFreeMinutesAtStart(),
                        call.getRatePerMinuteCents(), call.getConnectFeeCents(), call.getOperatorSharePercent())
                .totalCents();
        return new CallSummary(call.getCallRef(), call.getCustomerId(), customerName, call.getOperatorId(),
                operatorName, call.getState(), call.getRequestedAt().toInstant(), instant(call.getBridgedAt()),
                instant(call.getEndedAt()), talk, call.getMaxSeconds(), call.getRatePerMinuteCents(),
                call.getConnectFeeCents(), cost, call.getOperatorCents(), call.getBilledMinutes(),
                call.getFreeMinutesUsed(), call.getEndReason(), call.getRecordingFile(), call.isSettled());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
