package com.aeims.interfaces.web.room;

import com.aeims.application.account.AccountService;
import com.aeims.application.room.RoomVisits;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The room pages open on this server: every 15 seconds it pings each one and tells {@link RoomVisits} which
 * customers' pages of which rooms answered lately, which keeps those visits alive. A socket that stops answering (a
 * lost connection) is closed; its customer's visit then goes silent and ends before another minute is charged. Each
 * server of a cluster does this for the sockets it holds; the visits are in the database.
 */
@ApplicationScoped
public class RoomSockets {

    static final Duration PING_EVERY = Duration.ofSeconds(15);
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(20);
    static final Duration DEAD_AFTER = Duration.ofSeconds(35);

    private static final Logger LOG = Logger.getLogger(RoomSockets.class.getName());
    private static final ByteBuffer PING = ByteBuffer.wrap(new byte[] {'a', 'e', 'i', 'm', 's'});

    /** A customer's page of one room, and when its browser last answered a ping. */
    private record Page(long customerId, long roomId, Instant lastAnswer) {
    }

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private AccountService accounts;

    @Inject
    private RoomVisits visits;

    private final Map<Session, Page> pages = new ConcurrentHashMap<>();
    private ScheduledFuture<?> pinging;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pinging = scheduler.scheduleAtFixedRate(this::pingAll, PING_EVERY.toMillis(), PING_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (pinging != null) {
            pinging.cancel(false);
        }
    }

    /**
     * Accepts the socket of a logged-in customer's page of one room ({@code ?room=}); anyone else's, or one that
     * names no room, is refused: a page keeps only its own room's visit alive.
     */
    boolean open(Session session) {
        Principal principal = session.getUserPrincipal();
        Account account = principal == null ? null : accounts.findByEmail(principal.getName()).orElse(null);
        Long room = roomOf(session);
        if (account == null || account.getRole() != Role.CUSTOMER || room == null) {
            return false;
        }
        pages.put(session, new Page(account.getId(), room, Instant.now()));
        return true;
    }

    private static Long roomOf(Session session) {
        List<String> room = session.getRequestParameterMap().get("room");
        try {
            return room == null || room.size() != 1 ? null : Long.valueOf(room.get(0));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    void answered(Session session) {
        pages.computeIfPresent(session, (s, page) -> new Page(page.customerId(), page.roomId(), Instant.now()));
    }

    void closed(Session session) {
        pages.remove(session);
    }

    private void pingAll() {
        try {
            Instant now = Instant.now();
            for (Map.Entry<Session, Page> entry : pages.entrySet()) {
                Session session = entry.getKey();
                if (entry.getValue().lastAnswer().isBefore(now.minus(DEAD_AFTER)) || !session.isOpen()) {
                    pages.remove(session);
                    closeQuietly(session);
                } else {
                    ping(session);
                }
            }
            Map<Long, Set<Long>> alive = pages.values().stream()
                    .filter(p -> p.lastAnswer().isAfter(now.minus(ANSWERED_WITHIN)))
                    .collect(Collectors.groupingBy(Page::roomId, Collectors.mapping(Page::customerId,
                            Collectors.toSet())));
            if (!alive.isEmpty()) {
                visits.stillHere(alive);
            }
        } catch (RuntimeException e) {
            // the next round tries again; visits only end after several missed rounds
            LOG.log(Level.WARNING, "Could not refresh the room pages' presence", e);
        }
    }

    private static void ping(Session session) {
        try {
            session.getAsyncRemote().sendPing(PING.duplicate());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer"));
        } catch (IOException | IllegalStateException e) {
            // already gone
        }
    }
}
