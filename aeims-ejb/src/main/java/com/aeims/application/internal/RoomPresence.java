package com.aeims.application.internal;

import com.aeims.application.RoomActivity;
import com.aeims.application.RoomService;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomMessage;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is in a room, and moving people in and out of it with the notices that go with it: shared by the room service
 * and the minute meter. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RoomPresence {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private Event<RoomActivity> activity;

    /** Everyone a room's news goes to: the customers in it and its operator. */
    public List<Long> audience(ChatRoom room) {
        List<Long> audience = new ArrayList<>(em.createQuery("SELECT v.customerId FROM RoomVisit v WHERE "
                + "v.roomId = :room AND v.leftAt IS NULL", Long.class).setParameter("room", room.getId())
                .getResultList());
        audience.add(room.getOperatorId());
        return audience;
    }

    public List<RoomService.Member> members(long roomId) {
        return em.createQuery("SELECT v.customerId, a.displayName, v.joinedAt FROM RoomVisit v, Account a "
                        + "WHERE a.id = v.customerId AND v.roomId = :room AND v.leftAt IS NULL ORDER BY v.joinedAt",
                Object[].class).setParameter("room", roomId).getResultList().stream()
                .map(r -> new RoomService.Member((Long) r[0], (String) r[1],
                        ((OffsetDateTime) r[2]).toInstant()))
                .toList();
    }

    public Optional<RoomVisit> presentVisit(long roomId, long customerId, boolean lock) {
        var query = em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.customerId = :customer "
                        + "AND v.leftAt IS NULL", RoomVisit.class)
                .setParameter("room", roomId).setParameter("customer", customerId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    public void moveIn(ChatRoom room, RoomVisit visit, Instant at) {
        String name = name(visit.getCustomerId());
        em.persist(new RoomMessage(room.getId(), visit.getCustomerId(), RoomMessage.Kind.JOINED, "", null, at));
        em.flush();
        activity.fire(RoomActivity.presence(room.getId(), RoomActivity.Kind.JOINED, audience(room),
                visit.getCustomerId(), name, null, at));
    }

    /** Ends the visit (its paid time is already paid: nothing is owed or returned) and tells the room. */
    public void moveOut(ChatRoom room, RoomVisit visit, LeftReason reason, Instant at) {
        if (!visit.isPresent()) {
            return;
        }
        visit.leave(reason, at);
        em.persist(new RoomMessage(room.getId(), visit.getCustomerId(), RoomMessage.Kind.LEFT, "", null, at));
        em.flush();
        activity.fire(RoomActivity.presence(room.getId(), RoomActivity.Kind.LEFT, audience(room),
                visit.getCustomerId(), name(visit.getCustomerId()), reason.name(), at));
        if (reason != LeftReason.LEFT) {
            activity.fire(RoomActivity.toOne(room.getId(), RoomActivity.Kind.REMOVED, visit.getCustomerId(),
                    reason.toCustomer(), at, null, null, null));
        }
    }

    public String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }
}
