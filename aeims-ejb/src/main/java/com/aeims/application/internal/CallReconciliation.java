package com.aeims.application.internal;

import com.aeims.application.CallService;
import com.aeims.application.PbxCallLog;
import com.aeims.application.Telephony;
import com.aeims.application.TelephonyUnavailable;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the PBX link comes back (or the server starts): calls the PBX no longer has ended while nobody listened.
 * Each is settled from the PBX's own call log, which records their talk and end whether or not the link was up;
 * a call the log has no end for ended as of when it was last known to be up.
 */
@ApplicationScoped
public class CallReconciliation {

    private static final Logger LOG = Logger.getLogger(CallReconciliation.class.getName());

    @Inject
    private Telephony telephony;

    @Inject
    private PbxCallLog callLog;

    @Inject
    private CallSettings settings;

    @Inject
    private CallService calls;

    void reconcile(List<Call> unsettled, Instant linkLostAt) {
        Set<String> live;
        try {
            live = telephony.liveCallIds();
        } catch (TelephonyUnavailable failed) {
            LOG.log(Level.WARNING, "Could not list the PBX's calls to reconcile", failed);
            return;
        }
        Instant now = Instant.now();
        for (Call call : unsettled) {
            boolean gone = call.getLinkedId() != null ? !live.contains(call.getLinkedId())
                    : call.getRequestedAt().toInstant().isBefore(now.minus(settings.silentCallTimeout()));
            if (gone) {
                calls.apply(whatHappenedMeanwhile(call, linkLostAt, now));
            }
        }
    }

    /** What the call's log says of it, settled at once when it has the end; else the end as of the last sign of it. */
    private List<CallEvent> whatHappenedMeanwhile(Call call, Instant linkLostAt, Instant now) {
        PbxCallLog.Logged logged = callLog.of(call.getCallRef(), call.getLinkedId());
        List<CallEvent> facts = new ArrayList<>(logged.facts());
        if (logged.over()) {
            LOG.info(() -> "Call " + call.getCallRef() + " ended while the PBX link was down; settled from the "
                    + "PBX's call log (" + facts.size() + " facts)");
            facts.add(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, now));
        } else {
            Instant endedAt = vanishedAt(call, linkLostAt, now);
            LOG.info(() -> "Call " + call.getCallRef() + " is no longer on the PBX and its call log has no end; "
                    + "ended as of " + endedAt);
            facts.add(CallEvent.of(call.getCallRef(), CallEvent.Type.VANISHED, endedAt));
        }
        return facts;
    }

    /** The latest moment the call is known to have been up: the link loss, else the last event heard. */
    private static Instant vanishedAt(Call call, Instant linkLostAt, Instant now) {
        Instant lastHeard = call.getLastEventAt() != null ? call.getLastEventAt().toInstant()
                : call.getRequestedAt().toInstant();
        Instant candidate = linkLostAt != null && linkLostAt.isAfter(lastHeard) ? linkLostAt : lastHeard;
        return candidate.isAfter(now) ? now : candidate;
    }
}
