package com.aeims.application.callback.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.callback.CallRequestRefused;
import com.aeims.application.callback.CallRequestView;
import com.aeims.application.callback.CallRequests;
import com.aeims.application.callback.CallbackTimers;
import com.aeims.application.callback.NewCallRequest;
import com.aeims.application.money.BalanceCheck;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.SpendingGuard;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PhoneNumber;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Stateless
public class DefaultCallRequests implements CallRequests {

    private static final int MOST_LISTED = 200;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallRequestRepository requests;

    @Inject
    private BillingService billing;

    @Inject
    private RequestHolds requestHolds;

    @Inject
    private SpendingGuard spending;

    @Inject
    private CallbackRules rules;

    @Inject
    private CallbackTimes times;

    @Inject
    private CallRequestViews views;

    @Inject
    private CallRequestNotices notices;

    @Inject
    private CallbackTimers timers;

    @Override
    public CallRequestView request(long customerId, Long siteId, NewCallRequest asked) {
        String key = customerId + ":" + asked.idempotencyKey();
        var earlier = requests.findByKey(key);
        if (earlier.isPresent()) {
            return views.of(sameRequest(earlier.get(), asked));
        }
        int minutes = asked.durationMinutes();
        if (minutes < 1 || minutes > rules.maxMinutes()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "duration_minutes",
                    "Choose 1 to " + rules.maxMinutes() + " minutes");
        }
        String zone = CallbackTimes.zoneName(asked.timeZone());
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
        }
        if (customer.getPhone() == null) {
            throw ValidationFailure.of("PHONE_NOT_CONFIRMED", "customer_phone",
                    "Confirm your phone number first: the operator's call rings it");
        }
        Operator operator = lockedOperator(asked.operatorId());
        requireReachable(operator);
        asked.seen().requireCurrent(operator);
        Instant now = Instant.now();
        Duration length = Duration.ofMinutes(minutes);
        if (asked.startsAt() != null) {
            times.requireBookable(operator, asked.startsAt(), length, now, "start_at");
        } else {
            requireBusyOrAway(operator, customerId);
        }
        BalanceCheck check = billing.balanceCheck(customerId, operator.getId());
        int free = Math.min(check.freeMinutes(), minutes);
        long paid = operator.getConnectFeeCents() + (long) (minutes - free) * operator.getRatePerMinuteCents();
        // a call free of charge still holds a minute, so every booked call has a hold to settle from
        long held = paid > 0 ? paid : operator.getRatePerMinuteCents();
        spending.requireMaySpend(customerId, 0);
        requireFunds(check, held, customerId, operator, minutes);
        String ref = "cb_" + UUID.randomUUID().toString().replace("-", "");
        Instant lapses = asked.startsAt() != null ? asked.startsAt() : now.plus(rules.longestWait());
        Hold hold = billing.placeHold("callback-hold:" + key, customerId, held, "CALLBACK", ref,
                Duration.between(now, lapses).plus(length).plus(CallbackRules.HOLD_MARGIN));
        if (!ref.equals(hold.reference())) {
            // the same key raced us and won: its hold and its request are the customer's request
            return views.of(sameRequest(requests.findByKey(key).orElseThrow(), asked));
        }
        CallRequest request = new CallRequest(ref, key, customerId, operator.getId(), siteId, asked.startsAt(), zone,
                new CallRequest.Terms(minutes, operator.getRatePerMinuteCents(), operator.getConnectFeeCents(),
                        operator.getOperatorSharePercent(), free), hold.id(), held, now);
        requests.add(request);
        notices.requested(request, views.customerName(request));
        return views.of(request);
    }

    @Override
    public Duration minimumLead() {
        return rules.minimumLead();
    }

    @Override
    public List<CallRequestView> list(Party party, int limit) {
        int most = Math.max(1, Math.min(limit, MOST_LISTED));
        return views.of(requests.list(party.operator() ? null : party.accountId(),
                party.operator() ? party.accountId() : null, most));
    }

    @Override
    public CallRequestView find(Party party, String requestRef) {
        CallRequest request = requests.find(requestRef).filter(r -> isParty(r, party))
                .orElseThrow(() -> notFound(requestRef));
        return views.of(request);
    }

    @Override
    public long missedBy(long operatorId) {
        return requests.operatorNoShows(operatorId);
    }

    @Override
    public CallRequestView accept(long operatorId, String requestRef) {
        Operator operator = lockedOperator(operatorId);
        CallRequest request = locked(requestRef, Party.operator(operatorId));
        if (request.getKind() != CallRequest.Kind.AT) {
            throw refused("IN_LINE", "A request to call when free is called from your line when you are free");
        }
        requireAwaitingOperator(request);
        Instant at = request.getScheduledAt().orElseThrow();
        times.requireFree(operator, at, Duration.ofMinutes(request.getTerms().durationMinutes()), Instant.now());
        request.accept(Instant.now());
        setTimers(request);
        notices.accepted(request, operator.getDisplayName());
        return views.of(request);
    }

    @Override
    public List<CallRequestView> line(long operatorId) {
        return views.of(requests.line(operatorId));
    }

    @Override
    public CallRequestView skip(long operatorId, String requestRef) {
        lockedOperator(operatorId);
        CallRequest request = locked(requestRef, Party.operator(operatorId));
        if (request.getKind() != CallRequest.Kind.WHEN_FREE || request.getStatus() != CallRequest.Status.PENDING) {
            throw refused("NOT_IN_LINE", "Only a request waiting in your line can be skipped");
        }
        request.skip(Instant.now());
        return views.of(request);
    }

    @Override
    public CallRequestView decline(long operatorId, String requestRef) {
        Operator operator = lockedOperator(operatorId);
        CallRequest request = locked(requestRef, Party.operator(operatorId));
        requireOpen(request);
        request.decline(Instant.now());
        requestHolds.giveBack(request);
        notices.declined(request, operator.getDisplayName());
        return views.of(request);
    }

    @Override
    public CallRequestView propose(long operatorId, String requestRef, Instant proposed) {
        Instant startsAt = proposed.truncatedTo(ChronoUnit.SECONDS);
        Operator operator = lockedOperator(operatorId);
        CallRequest request = locked(requestRef, Party.operator(operatorId));
        if (request.getKind() != CallRequest.Kind.AT) {
            throw refused("IN_LINE", "A request to call when free has no time to move");
        }
        requireOpen(request);
        if (request.getStatus() != CallRequest.Status.PENDING) {
            throw refused("ALREADY_ACCEPTED", "You accepted this call; decline it if you cannot make it");
        }
        Duration length = Duration.ofMinutes(request.getTerms().durationMinutes());
        times.requireBookable(operator, startsAt, length, Instant.now(), "start_at");
        request.propose(startsAt, Instant.now());
        billing.keepHoldUntil(request.getHoldId(), startsAt.plus(length).plus(CallbackRules.HOLD_MARGIN));
        notices.proposed(request, operator.getDisplayName());
        return views.of(request);
    }

    @Override
    public CallRequestView acceptProposal(long customerId, String requestRef) {
        CallRequest peek = requests.find(requestRef).filter(r -> r.getCustomerId() == customerId)
                .orElseThrow(() -> notFound(requestRef));
        Operator operator = lockedOperator(peek.getOperatorId());
        CallRequest request = locked(requestRef, Party.customer(customerId));
        requireOpen(request);
        if (!request.awaitsCustomer()) {
            throw refused("NOTHING_PROPOSED", "The operator has not proposed another time for this call");
        }
        Instant at = request.getProposedAt().orElseThrow();
        times.requireFree(operator, at, Duration.ofMinutes(request.getTerms().durationMinutes()), Instant.now());
        request.acceptProposal(Instant.now());
        setTimers(request);
        notices.proposalAccepted(request, views.customerName(request));
        return views.of(request);
    }

    @Override
    public CallRequestView cancel(long customerId, String requestRef) {
        CallRequest request = locked(requestRef, Party.customer(customerId));
        requireOpen(request);
        Instant now = Instant.now();
        Duration window = rules.freeCancelWindow();
        // while it waits to ring a customer who missed a try, the hold went with that call: nothing to keep
        long fee = request.cancellation(now, window) == CallRequest.Cancellation.LATE && rules.lateCancelCostsFee()
                && requestHolds.pending(request) ? Math.min(request.getTerms().connectFeeCents(), request.getHeldCents())
                : 0;
        Long feePosting = null;
        if (fee > 0) {
            feePosting = billing.chargeFromHold("callback-fee:" + request.getRequestRef(),
                    request.getHoldId(), PostingKind.CALLBACK, request.getOperatorId(), fee,
                    request.getTerms().operatorSharePercent(), "Scheduled call cancelled late: the connect fee").id();
        } else {
            requestHolds.giveBack(request);
        }
        request.cancel(now, window, feePosting, fee);
        notices.cancelled(request, views.customerName(request));
        return views.of(request);
    }

    private void setTimers(CallRequest request) {
        Instant at = request.getScheduledAt().orElseThrow();
        timers.schedule(request.getRequestRef(), at.minus(rules.reminderLead()), at);
    }

    private Operator lockedOperator(long operatorId) {
        // the operator's row orders everything that books their time, as it orders their calls
        Operator operator = em.find(Operator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        return operator;
    }

    private CallRequest locked(String requestRef, Party party) {
        return requests.lock(requestRef).filter(r -> isParty(r, party)).orElseThrow(() -> notFound(requestRef));
    }

    private static boolean isParty(CallRequest request, Party party) {
        return party.operator() ? request.getOperatorId() == party.accountId()
                : request.getCustomerId() == party.accountId();
    }

    private static UnknownEntityException notFound(String requestRef) {
        return new UnknownEntityException("REQUEST_NOT_FOUND", "No call request " + requestRef);
    }

    private static CallRequestRefused refused(String code, String message) {
        return new CallRequestRefused(Reason.NOT_POSSIBLE_NOW, code, message);
    }

    private static void requireOpen(CallRequest request) {
        if (!request.isOpen()) {
            throw refused("REQUEST_CLOSED", "This request is already " + request.getStatus().name().toLowerCase()
                    .replace('_', '-'));
        }
        if (request.getCallRef().isPresent()) {
            throw refused("CALL_PLACED", "The call is being placed or under way; hang up to end it");
        }
    }

    private static void requireAwaitingOperator(CallRequest request) {
        requireOpen(request);
        if (request.getStatus() == CallRequest.Status.ACCEPTED) {
            throw refused("ALREADY_ACCEPTED", "You already accepted this call");
        }
        if (request.awaitsCustomer()) {
            throw refused("AWAITING_CUSTOMER", "You proposed another time; the customer decides now");
        }
    }

    /** A retried request must be the same request: a key reused for another one is a client's mistake. */
    private static CallRequest sameRequest(CallRequest earlier, NewCallRequest asked) {
        if (earlier.getOperatorId() != asked.operatorId()
                || earlier.getTerms().durationMinutes() != asked.durationMinutes()
                || !earlier.getScheduledAt().equals(java.util.Optional.ofNullable(asked.startsAt()))) {
            throw new CallRequestRefused(Reason.NOT_POSSIBLE_NOW, "IDEMPOTENCY_CONFLICT",
                    "This idempotency_key was used for another request");
        }
        return earlier;
    }

    private void requireReachable(Operator operator) {
        if (!operator.getAccount().isEnabled() || !PhoneNumber.isE164(operator.getPhone())) {
            throw refused("OPERATOR_UNREACHABLE", operator.getDisplayName() + " does not take calls yet");
        }
    }

    private void requireBusyOrAway(Operator operator, long customerId) {
        if (operator.getAvailability() == Availability.ONLINE) {
            throw refused("OPERATOR_FREE", operator.getDisplayName() + " is free now: call instead of waiting");
        }
        if (requests.inLine(customerId, operator.getId())) {
            throw refused("ALREADY_IN_LINE", "You are already waiting for " + operator.getDisplayName());
        }
    }

    private void requireFunds(BalanceCheck check, long held, long customerId, Operator operator, int minutes) {
        long limitLeft = spending.allowanceCents(customerId);
        if (held > check.availableCents()) {
            throw new CallRequestRefused(Reason.FUNDS_NEEDED, "INSUFFICIENT_FUNDS", "A " + minutes
                    + "-minute call with " + operator.getDisplayName() + " needs " + Cents.dollars(held)
                    + " set aside now; please add funds");
        }
        if (held > limitLeft) {
            throw new CallRequestRefused(Reason.NOT_PERMITTED, "SPENDING_LIMIT", "A " + minutes + "-minute call"
                    + " would take you past the spending limit you set (" + Cents.dollars(limitLeft) + " left for now)");
        }
    }
}
