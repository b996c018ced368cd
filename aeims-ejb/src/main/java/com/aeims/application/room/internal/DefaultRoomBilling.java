package com.aeims.application.room.internal;

import com.aeims.application.Push;
import com.aeims.application.money.SpendingGuard;
import com.aeims.application.room.RoomActivity;
import com.aeims.application.room.RoomBilling;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
    /** Silent visits ended per transaction; the timer's next run takes the rest. */
    static final int SILENT_BATCH = 500;

    @Inject
    private SpendingGuard spending;

    @Inject
    private RoomRepository rooms;

    @Inject
    private RoomCharges charges;

    @Inject
    private Ledger ledger;

    @Inject
    private RoomPresence presence;

    @Inject
    private Push push;

    @Override
    public int endSilentVisits() {
        Instant now = Instant.now();
        List<RoomVisit> silent = rooms.lockSilentVisits(now.minus(SILENCE_ENDS_VISIT), SILENT_BATCH);
        for (RoomVisit visit : silent) {
            presence.moveOut(rooms.find(visit.getRoomId()).orElseThrow(), visit, LeftReason.DISCONNECTED, now);
        }
        return silent.size();
    }

    @Override
    public List<Long> visitsDue(int limit) {
        return rooms.visitsDue(Instant.now(), limit);
    }

    @Override
    public OptionalLong chargeNextMinute(long visitId) {
        RoomVisit visit = rooms.lockVisit(visitId).orElse(null);
        Instant now = Instant.now();
        if (visit == null || !visit.minuteDue(now)) {
            return OptionalLong.empty();
        }
        ChatRoom room = rooms.find(visit.getRoomId()).orElseThrow();
        if (!room.isActive()) {
            presence.moveOut(room, visit, LeftReason.ROOM_CLOSED, now);
            return OptionalLong.empty();
        }
        if (visit.silentSince(now.minus(SILENCE_BEFORE_CHARGING))) {
            presence.moveOut(room, visit, LeftReason.DISCONNECTED, now);
            return OptionalLong.empty();
        }
        long customerId = visit.getCustomerId();
        if (spending.frozenReason(customerId).isPresent()) {
            presence.moveOut(room, visit, LeftReason.FROZEN, now);
            return OptionalLong.empty();
        }
        long rate = visit.getRatePerMinuteCents();
        if (rate > 0 && spending.allowanceCents(customerId) < rate) {
            presence.moveOut(room, visit, LeftReason.SPENDING_LIMIT, now);
            return OptionalLong.empty();
        }
        long balance = ledger.availableCents(customerId);
        if (balance < rate) {
            presence.moveOut(room, visit, LeftReason.OUT_OF_FUNDS, now);
            return OptionalLong.empty();
        }
        int minute = visit.getMinutesCharged() + 1;
        if (rate > 0) {
            charges.charge(visit.nextMinuteKey(), room, customerId, rate, room.getName() + ", minute " + minute);
            balance -= rate;
        }
        visit.minutePaid();
        push.send(RoomActivity.toOne(room.getId(), RoomActivity.Kind.MINUTE_PAID, customerId, null, now,
                visit.getEntryFeeCents() + visit.getMinuteCents(), balance, visit.getMinutesCharged()));
        if (visit.warnAboutFunds(balance >= rate)) {
            push.send(RoomActivity.toOne(room.getId(), RoomActivity.Kind.LOW_FUNDS, customerId,
                    RoomVisit.LOW_FUNDS_WARNING, visit.getPaidUntil(), null, balance, null));
        }
        return rate > 0 ? OptionalLong.of(room.getId()) : OptionalLong.empty();
    }

    @Override
    public void announceEarnings(Set<Long> roomIds) {
        Instant now = Instant.now();
        for (long roomId : roomIds) {
            ChatRoom room = rooms.find(roomId).orElseThrow();
            push.send(RoomActivity.toOne(roomId, RoomActivity.Kind.EARNINGS, room.getOperatorId(), null, now,
                    rooms.earnedCents(roomId), null, null));
        }
    }
}
