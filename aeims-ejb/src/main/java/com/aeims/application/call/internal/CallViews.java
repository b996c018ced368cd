package com.aeims.application.call.internal;

import com.aeims.application.call.CallSummary;
import com.aeims.application.money.MoneySettings;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.pricing.CallCharge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The one way a call is shown, to the API, the live push and the pages alike. */
@ApplicationScoped
public class CallViews {

    @Inject
    private MoneySettings money;

    @Inject
    private DisplayNames names;

    public CallSummary summary(Call call) {
        Map<Long, String> parties = names.of(List.of(call.getCustomerId(), call.getOperatorId()));
        return summary(call, parties.get(call.getCustomerId()), parties.get(call.getOperatorId()));
    }

    /**
     * While the call runs, talk and cost are estimated from the bridge time; once settled they are what the ledger
     * charged. Names may be null where the reader already shows them (a change learned from the PBX).
     */
    public CallSummary summary(Call call, String customerName, String operatorName) {
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
                call.getFreeMinutesUsed(), call.getEndReason(), new CallSummary.Recording(call.recordingKeptFor(true)
                        || call.recordingKeptFor(false), call.recordingKeptFor(true), call.recordingKeptFor(false)),
                call.isSettled());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
