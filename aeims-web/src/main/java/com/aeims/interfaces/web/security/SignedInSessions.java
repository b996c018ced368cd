package com.aeims.interfaces.web.security;

import com.aeims.application.account.AccountDisabled;
import com.aeims.application.money.CustomerFrozen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The HTTP sessions on this server that carry a login, by session id, so a disabled account's sessions end at once:
 * ending a session also closes the Faces websockets opened in it (Faces closes a session's channels with it). Each
 * server of a cluster ends the sessions it holds; {@link ActiveAccountFilter} stops any other at its next request.
 */
@ApplicationScoped
public class SignedInSessions {

    private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());
    /** Seconds a disabled account's session lives on: the container then ends it on its own thread. */
    private static final int END_WITHIN_SECONDS = 1;
    /** Set on a session the server ended; its next request is logged out. */
    static final String ENDED = "aeims.session-ended";

    private record SignedIn(String caller, HttpSession session) {
    }

    private final Map<String, SignedIn> byId = new ConcurrentHashMap<>();

    void signedIn(String caller, HttpSession session) {
        byId.put(session.getId(), new SignedIn(caller, session));
    }

    void idChanged(String oldId, String newId) {
        SignedIn moved = byId.remove(oldId);
        if (moved != null) {
            byId.put(newId, moved);
        }
    }

    void ended(String id) {
        byId.remove(id);
    }

    /**
     * Ends the account's sessions by letting them expire now rather than invalidating them here: this runs on the
     * admin's request, and a session's own invalidation would act on that request instead of the one it came from.
     */
    void disabled(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDisabled disabled) {
        end(disabled.accountId(), disabled.email(), "disabled");
    }

    /** A customer frozen after a chargeback signs in again to see why; their open pages stop now. */
    void frozen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerFrozen frozen) {
        end(frozen.customerId(), frozen.email(), "frozen");
    }

    private void end(long accountId, String email, String why) {
        List<SignedIn> sessions = byId.values().stream().filter(s -> s.caller().equals(email)).toList();
        for (SignedIn signedIn : sessions) {
            try {
                // an idle session expires; one still making requests is logged out by ActiveAccountFilter
                signedIn.session().setAttribute(ENDED, Boolean.TRUE);
                signedIn.session().setMaxInactiveInterval(END_WITHIN_SECONDS);
            } catch (IllegalStateException alreadyEnded) {
                byId.remove(signedIn.session().getId());
            }
        }
        LOG.info(() -> "Ending " + sessions.size() + " session(s) of " + why + " account " + accountId);
    }
}
