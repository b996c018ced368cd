package com.aeims.application.call;

import com.aeims.domain.model.call.CallEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PBX's own log of its calls, written as they happen whether or not its event link to AEIMS is up: what a call
 * did while nobody listened.
 */
public interface PbxCallLog {

    /** What the PBX logged of one call, oldest first, as facts for the call. */
    record Logged(List<CallEvent> facts) {

        public static final Logged NOTHING = new Logged(List.of());

        /** The end of the call's own channel is logged: nothing more of its talk can follow. */
        public boolean over() {
            return facts.stream().anyMatch(fact -> fact.type() == CallEvent.Type.ENDED);
        }

        public Optional<Instant> lastAt() {
            return facts.isEmpty() ? Optional.empty() : Optional.of(facts.get(facts.size() - 1).occurredAt());
        }
    }

    /**
     * The log of each of these calls, by call id; {@code linkedIdByCall} gives the PBX's id for a call where AEIMS
     * learned one (else null). Calls it logged nothing of are left out.
     */
    Map<String, Logged> of(Map<String, String> linkedIdByCall);
}
