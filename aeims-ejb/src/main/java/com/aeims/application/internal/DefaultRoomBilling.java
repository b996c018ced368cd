package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.RoomActivity;
import com.aeims.application.RoomBilling;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

@Stateless
public class DefaultRoomBilling implements RoomBilling {

    /**
     * Room pages say they are still open every 15 seconds. A visit not heard from for 45 seconds is over; and a minute
     * is only charged to a visit heard from in the last 35 seconds (one heartbeat may be late), so a closed browser
     * never pays for a minute that starts after it closed.
     */
    static final Duration SILENCE_ENDS_VISIT = Duration.ofSeconds(45);
    static final Duration SILENCE_BEFORE_CHARGING = Duration.ofSeconds(35);

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    @Inject
    private Ledger ledger;

    @Inject
    private RoomPresence presence;

    @Inject
    private Event<RoomActivity> activity;

    @Override
    public int endSilentVisits() {
        Instant now = Instant.now();
        List<RoomVisit> silent = em.createQuery("SELECT v FROM RoomVisit v WHERE v.leftAt IS NULL AND "
                        + "v.lastSeenAt < :cutoff ORDER BY v.id", RoomVisit.class)
                .setParameter("cutoff", now.minus(SILENCE_ENDS_VISIT).atOffset(ZoneOffset.UTC))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(500).getResultList();
        for (RoomVisit visit : silent) {
            presence.moveOut(em.find(ChatRoom.class, visit.getRoomId()), visit, LeftReason.DISCONNECTED, now);
        }
        return silent.size();
    }

    @Override
    public List<Long> visitsDue(int limit) {
        return em.createQuery("SELECT v.id FROM RoomVisit v WHERE v.leftAt IS NULL AND v.paidUntil <= :now "
                        + "ORDER BY v.paidUntil", Long.class)
                .setParameter("now", Instant.now().atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public OptionalLong chargeNextMinute(long visitId) {
        RoomVisit visit = em.find(RoomVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (visit == null || !visit.minuteDue(now)) {
            return OptionalLong.empty();
        }
        ChatRoom room = em.find(ChatRoom.class, visit.getRoomId());
        if (!room.isActive()) {
            presence.moveOut(room, visit, LeftReason.ROOM_CLOSED, now);
            return OptionalLong.empty();
        }
        if (visit.silentSince(now.minus(SILENCE_BEFORE_CHARGING))) {
            presence.moveOut(room, visit, LeftReason.DISCONNECTED, now);
            return OptionalLong.empty();
        }
        long customerId = visit.getCustomerId();
        long rate = visit.getRatePerMinuteCents();
        long balance = ledger.availableCents(customerId);
        if (balance < rate) {
            presence.moveOut(room, visit, LeftReason.OUT_OF_FUNDS, now);
            return OptionalLong.empty();
        }
        int minute = visit.getMinutesCharged() + 1;
        if (rate > 0) {
            Operator operator = em.find(Operator.class, room.getOperatorId());
            billing.charge(visit.nextMinuteKey(), PostingKind.ROOM, customerId, room.getOperatorId(), rate,
                    operator.getOperatorSharePercent(), DefaultRoomService.reference(room.getId()),
                    room.getName() + ", minute " + minute);
            balance -= rate;
        }
        visit.minutePaid();
        activity.fire(RoomActivity.toOne(room.getId(), RoomActivity.Kind.MINUTE_PAID, customerId, null, now,
                visit.getEntryFeeCents() + visit.getMinuteCents(), balance, visit.getMinutesCharged()));
        if (visit.warnAboutFunds(balance >= rate)) {
            activity.fire(RoomActivity.toOne(room.getId(), RoomActivity.Kind.LOW_FUNDS, customerId,
                    RoomVisit.LOW_FUNDS_WARNING, visit.getPaidUntil(), null, balance, null));
        }
        return rate > 0 ? OptionalLong.of(room.getId()) : OptionalLong.empty();
    }

    @Override
    public void announceEarnings(Set<Long> roomIds) {
        Instant now = Instant.now();
        for (long roomId : roomIds) {
            ChatRoom room = em.find(ChatRoom.class, roomId);
            activity.fire(RoomActivity.toOne(roomId, RoomActivity.Kind.EARNINGS, room.getOperatorId(), null, now,
                    RoomEarnings.earned(em, roomId), null, null));
        }
    }

}
