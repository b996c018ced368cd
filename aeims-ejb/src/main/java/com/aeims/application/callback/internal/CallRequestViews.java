package com.aeims.application.callback.internal;

import com.aeims.application.callback.CallRequestView;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Requests as their parties see them: names, both time zones, when cancelling starts to cost, place in line. */
@ApplicationScoped
public class CallRequestViews {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private CallRequestRepository requests;

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CallbackRules rules;

    /** Listed requests, each operator's time zone read once for the whole list. */
    List<CallRequestView> of(List<CallRequestRepository.Named> named) {
        Map<Long, String> zones = new HashMap<>();
        return named.stream().map(n -> of(n.request(), n.customerName(), n.operatorName(),
                zones.computeIfAbsent(n.request().getOperatorId(), operator -> operatorZone(n.request())))).toList();
    }

    CallRequestView of(CallRequest request) {
        return of(request, customerName(request), name(request.getOperatorId()), operatorZone(request));
    }

    String customerName(CallRequest request) {
        return name(request.getCustomerId());
    }

    String operatorName(CallRequest request) {
        return name(request.getOperatorId());
    }

    String operatorZone(CallRequest request) {
        return calendars.calendar(request.getOperatorId()).zone().getId();
    }

    private CallRequestView of(CallRequest request, String customerName, String operatorName, String operatorZone) {
        CallRequest.Terms terms = request.getTerms();
        Optional<Instant> freeCancelUntil = request.getStatus() == CallRequest.Status.ACCEPTED
                ? request.getScheduledAt().map(at -> at.minus(rules.freeCancelWindow())) : Optional.empty();
        Optional<Integer> ahead = request.getKind() == CallRequest.Kind.WHEN_FREE
                && request.getStatus() == CallRequest.Status.PENDING
                ? Optional.of(requests.aheadInLine(request.getOperatorId(), request.getQueuedAt().orElseThrow()))
                : Optional.empty();
        return new CallRequestView(request.getRequestRef(), lower(request.getKind()), lower(request.getStatus()),
                request.getCloseReason().map(CallRequestViews::lower), request.getCustomerId(), customerName,
                request.getOperatorId(), operatorName, request.getScheduledAt(), request.getProposedAt(),
                request.getCustomerTimeZone(), operatorZone, terms.durationMinutes(),
                terms.ratePerMinuteCents(), terms.connectFeeCents(), terms.freeMinutes(), request.getHeldCents(),
                request.getFeeCents(), freeCancelUntil, ahead, request.awaitsCustomer(), request.getCallRef(),
                request.getCreatedAt(), request.getDecidedAt(), request.getClosedAt());
    }

    private String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
