package com.aeims.application.call.internal;

import com.aeims.application.call.CallProgress;
import com.aeims.application.call.CallReconciliation;
import com.aeims.application.call.PbxCallLog;
import com.aeims.application.call.Telephony;
import com.aeims.domain.model.call.Call;
import com.aeims.domain.model.call.CallEvent;
import com.aeims.domain.model.call.CallRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each call takes what the PBX logged of it while nobody listened, in a transaction of its own: a call still up
 * learns what it missed (its operator may have answered), a call the PBX no longer has is settled from its logged
 * talk and end. The log may trail the PBX's channels by a moment, so a call gone without a logged end is looked at
 * again a few times before it is ended as of the last sign of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCallReconciliation implements CallReconciliation {

    private static final Logger LOG = Logger.getLogger(DefaultCallReconciliation.class.getName());
    private static final int LOOKS = 3;
    private static final Duration BETWEEN_LOOKS = Duration.ofSeconds(5);

    @Inject
    private CallRepository repository;

    @Inject
    private Telephony telephony;

    @Inject
    private PbxCallLog callLog;

    @Inject
    private CallSettings settings;

    @Inject
    private CallProgress progress;

    @Resource
    private TimerService timers;

    /** Calls to look at again, and how many looks they had. */
    private record LookAgain(Instant linkLostAt, int look, Set<String> callRefs) implements Serializable {
    }

    @Override
    public void reconcile(Instant linkLostAt) {
        look(repository.unsettled(), linkLostAt, 1);
    }

    @Override
    public void closeSilentCalls() {
        List<Call> silent = repository.silentSince(Instant.now().minus(settings.silentCallTimeout()));
        if (!silent.isEmpty()) {
            // long gone if they ever were: no log entry is still on its way
            look(silent, null, LOOKS);
        }
    }

    @Timeout
    void lookAgain(Timer timer) {
        LookAgain again = (LookAgain) timer.getInfo();
        look(repository.unsettled().stream().filter(call -> again.callRefs().contains(call.getCallRef())).toList(),
                again.linkLostAt(), again.look());
    }

    private void look(List<Call> unsettled, Instant linkLostAt, int look) {
        if (unsettled.isEmpty()) {
            return;
        }
        Telephony.LiveCalls live;
        Map<String, PbxCallLog.Logged> logs;
        try {
            live = telephony.liveCalls();
            Map<String, String> linkedIds = new HashMap<>();
            unsettled.forEach(call -> linkedIds.put(call.getCallRef(), call.getLinkedId()));
            logs = callLog.of(linkedIds);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not reconcile " + unsettled.size() + " unsettled calls", failed);
            lookAgainLater(unsettled.stream().map(Call::getCallRef).toList(), linkLostAt, look);
            return;
        }
        Instant now = Instant.now();
        List<String> again = new ArrayList<>();
        for (Call call : unsettled) {
            PbxCallLog.Logged logged = logs.getOrDefault(call.getCallRef(), PbxCallLog.Logged.NOTHING);
            try {
                List<CallEvent> facts = meanwhile(call, live, logged, linkLostAt, now, look == LOOKS);
                if (facts == null) {
                    again.add(call.getCallRef());
                } else if (!facts.isEmpty()) {
                    progress.apply(facts);
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not reconcile call " + call.getCallRef(), failed);
                again.add(call.getCallRef());
            }
        }
        lookAgainLater(again, linkLostAt, look);
    }

    private void lookAgainLater(List<String> callRefs, Instant linkLostAt, int look) {
        if (callRefs.isEmpty()) {
            return;
        }
        if (look >= LOOKS) {
            LOG.severe(() -> "Gave up reconciling calls " + callRefs + " for now; the next reconnect (or, for calls never "
                    + "heard of, the call watchdog) looks at them again");
            return;
        }
        timers.createSingleActionTimer(BETWEEN_LOOKS.toMillis(),
                new TimerConfig(new LookAgain(linkLostAt, look + 1, new HashSet<>(callRefs)), false));
    }

    /**
     * What happened to the call meanwhile, as facts to apply; null to look again later (gone from the PBX, but its
     * end not logged yet).
     */
    private List<CallEvent> meanwhile(Call call, Telephony.LiveCalls live, PbxCallLog.Logged logged,
                                      Instant linkLostAt, Instant now, boolean lastLook) {
        List<CallEvent> facts = new ArrayList<>(logged.facts());
        if (live.has(call.getCallRef(), call.getLinkedId())) {
            return facts;
        }
        boolean gone = call.getLinkedId() != null
                || call.getRequestedAt().toInstant().isBefore(now.minus(settings.silentCallTimeout()));
        if (!gone) {
            // placed a moment ago: its channels may not be up yet
            return facts;
        }
        if (logged.over()) {
            LOG.info(() -> "Call " + call.getCallRef() + " ended while nobody listened; settled from the PBX's log ("
                    + facts.size() + " facts)");
            facts.add(CallEvent.of(call.getCallRef(), CallEvent.Type.SETTLE_DUE, now));
            return facts;
        }
        if (!lastLook) {
            return null;
        }
        Instant endedAt = lastSignOf(call, logged, linkLostAt, now);
        LOG.info(() -> "Call " + call.getCallRef() + " is no longer on the PBX and its log has no end; ended as of "
                + endedAt);
        facts.add(CallEvent.of(call.getCallRef(), CallEvent.Type.VANISHED, endedAt));
        return facts;
    }

    /** The latest moment the call is known to have been up: the link loss, the last event heard or logged. */
    private static Instant lastSignOf(Call call, PbxCallLog.Logged logged, Instant linkLostAt, Instant now) {
        Instant last = call.getLastEventAt() != null ? call.getLastEventAt().toInstant()
                : call.getRequestedAt().toInstant();
        if (linkLostAt != null && linkLostAt.isAfter(last)) {
            last = linkLostAt;
        }
        Instant lastLogged = logged.lastAt().orElse(last);
        last = lastLogged.isAfter(last) ? lastLogged : last;
        return last.isAfter(now) ? now : last;
    }
}
