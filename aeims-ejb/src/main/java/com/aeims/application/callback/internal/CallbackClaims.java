package com.aeims.application.callback.internal;

import com.aeims.application.call.ScheduledCall;
import com.aeims.application.call.ScheduledCalls;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.SpendingGuard;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Claims a due request's call: under the operator's and the request's locks, the call is opened with the request's
 * hold and the request records it, in one commit. A second timer firing, a sweep on another node or a retry finds the
 * call recorded and claims nothing, so the PBX is asked to dial once.
 */
@Stateless
@LocalBean
public class CallbackClaims {

    /** How every booked call's reference starts, so its settlement is matched to its request without a lookup. */
    static final String CALL_PREFIX = "call_cb";

    private static final Logger LOG = Logger.getLogger(CallbackClaims.class.getName());
    /** Refusals that pass: the sweep tries again until the grace after the call's time runs out. */
    private static final Set<String> PASSING = Set.of("OPERATOR_BUSY", "TELEPHONY_UNAVAILABLE");
    /** How many of the first in a line one claim looks at, passing over those it closes. */
    private static final int LOOKAHEAD = 5;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallRequestRepository requests;

    @Inject
    private ScheduledCalls calls;

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CallRequestNotices notices;

    @Inject
    private BillingService billing;

    @Inject
    private RequestHolds requestHolds;

    @Inject
    private SpendingGuard spending;

    @Inject
    private CallbackRules rules;

    /** The call to dial once this commits; empty when the request is not due or its call cannot be placed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claim(String requestRef) {
        Instant now = Instant.now();
        CallRequest peek = requests.find(requestRef).orElse(null);
        if (peek == null || !peek.isDue(now, CallbackRules.LATE_GRACE)) {
            return Optional.empty();
        }
        // the operator's row first, as every booking and every call locks it
        Operator operator = em.find(Operator.class, peek.getOperatorId(), LockModeType.PESSIMISTIC_WRITE);
        CallRequest request = requests.lock(requestRef).orElseThrow();
        if (!request.isDue(now, CallbackRules.LATE_GRACE)) {
            return Optional.empty();
        }
        Duration length = Duration.ofMinutes(request.getTerms().durationMinutes());
        if (operator.getAvailability() == Availability.OFFLINE
                && !calendars.calendar(operator.getId()).covers(request.getScheduledAt().orElseThrow(), length)) {
            return closed(request, CallRequest.CloseReason.OPERATOR_NO_SHOW, now, "the operator is offline and"
                    + " no longer keeps these hours");
        }
        return placed(request, now).callRef();
    }

    /**
     * The call for the first request in the operator's line that can be called, when the operator is online and off
     * calls; requests whose customer cannot be reached are closed on the way.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claimNextInLine(long operatorId) {
        Instant now = Instant.now();
        Operator operator = em.find(Operator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null || operator.getAvailability() != Availability.ONLINE) {
            return Optional.empty();
        }
        for (String ref : requests.readyInLine(operatorId, now, LOOKAHEAD)) {
            CallRequest request = requests.lock(ref).orElseThrow();
            if (!request.readyInLine(now)) {
                continue;
            }
            Try attempt = placed(request, now);
            if (attempt.callRef().isPresent() || attempt.later()) {
                return attempt.callRef();
            }
        }
        return Optional.empty();
    }

    /** A try to place a request's call: the call to dial, or none, and whether to try this request again later. */
    private record Try(Optional<String> callRef, boolean later) {
    }

    private Try placed(CallRequest request, Instant now) {
        if (spending.frozenReason(request.getCustomerId()).isPresent()) {
            closed(request, CallRequest.CloseReason.CUSTOMER_FROZEN, now, "the customer's account is frozen");
            return new Try(Optional.empty(), false);
        }
        if (!requestHolds.pending(request)) {
            if (request.getAttempts() == 0 || !holdAgain(request)) {
                closed(request, request.getAttempts() == 0 ? CallRequest.CloseReason.NOT_CALLED
                        : CallRequest.CloseReason.CUSTOMER_NO_SHOW, now, "its hold is gone");
                return new Try(Optional.empty(), false);
            }
        }
        CallRequest.Terms terms = request.getTerms();
        String callRef = CALL_PREFIX + UUID.randomUUID().toString().replace("-", "");
        boolean feeIfMissed = rules.customerNoShowCostsFee() && request.lastTry(rules.customerAttempts());
        Optional<String> refusal = calls.open(new ScheduledCall(callRef, request.getCustomerId(),
                request.getOperatorId(), request.getSiteId(), request.getHoldId(), request.getHeldCents(),
                terms.ratePerMinuteCents(), terms.connectFeeCents(), terms.operatorSharePercent(),
                terms.durationMinutes(), feeIfMissed));
        if (refusal.isPresent()) {
            String why = refusal.get();
            if (PASSING.contains(why)) {
                LOG.info(() -> "Call of request " + request.getRequestRef() + " waits: " + why);
                request.waitFor(why);
                return new Try(Optional.empty(), true);
            }
            closed(request, why.startsWith("OPERATOR") ? CallRequest.CloseReason.OPERATOR_NO_SHOW
                    : why.startsWith("CUSTOMER") ? CallRequest.CloseReason.CUSTOMER_NO_SHOW
                    : CallRequest.CloseReason.NOT_CALLED, now, why);
            return new Try(Optional.empty(), false);
        }
        if (request.getKind() == CallRequest.Kind.WHEN_FREE) {
            request.calledFromLine(callRef, now);
        } else {
            request.callPlaced(callRef, now);
        }
        return new Try(Optional.of(callRef), false);
    }

    /**
     * Holds the booked amount again for another try, the last try's hold having gone back with its missed call; not
     * when the customer may no longer spend it (frozen, past their own limit) or has spent it meanwhile.
     */
    private boolean holdAgain(CallRequest request) {
        long customer = request.getCustomerId();
        long amount = request.getHeldCents();
        if (spending.frozenReason(customer).isPresent() || spending.allowanceCents(customer) < amount
                || billing.balanceCheck(customer, request.getOperatorId()).availableCents() < amount) {
            return false;
        }
        Instant lapses = request.getScheduledAt().map(at -> at.plus(CallbackRules.LATE_GRACE))
                .orElse(request.getCreatedAt().plus(rules.longestWait()));
        Duration keep = Duration.between(Instant.now(), lapses)
                .plus(Duration.ofMinutes(request.getTerms().durationMinutes())).plus(CallbackRules.HOLD_MARGIN);
        Hold hold = billing.placeHold("callback-hold:" + request.getRequestRef() + ":" + request.getAttempts(),
                customer, amount, "CALLBACK", request.getRequestRef(), keep);
        request.replaceHold(hold.id());
        return true;
    }

    private Optional<String> closed(CallRequest request, CallRequest.CloseReason reason, Instant now, String why) {
        LOG.info(() -> "Call of request " + request.getRequestRef() + " not placed: " + why);
        request.notCalled(reason, now);
        requestHolds.giveBack(request);
        notices.callEnded(request);
        return Optional.empty();
    }
}
