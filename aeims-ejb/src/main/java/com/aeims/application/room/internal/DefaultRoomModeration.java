package com.aeims.application.room.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.notification.Notifications;
import com.aeims.application.room.RoomMember;
import com.aeims.application.room.RoomModeration;
import com.aeims.application.room.RoomRefused;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.interaction.InteractionRepository;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultRoomModeration implements RoomModeration {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private RoomRepository rooms;

    @Inject
    private RoomLookup lookup;

    @Inject
    private RoomPresence presence;

    @Inject
    private InteractionRepository interactions;

    @Inject
    private Notifications notifications;

    @Inject
    private DisplayNames names;

    @Override
    public void remove(long operatorId, long roomId, long customerId, boolean ban) {
        ChatRoom room = lookup.owned(operatorId, roomId);
        if (ban) {
            requireCustomer(customerId);
            rooms.ban(roomId, customerId);
        }
        Optional<RoomVisit> visit = rooms.lockPresentVisit(roomId, customerId);
        if (visit.isEmpty() && !ban) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "NOT_IN_ROOM", "That customer is not in the room");
        }
        visit.ifPresent(v -> presence.moveOut(room, v, ban ? LeftReason.BANNED : LeftReason.KICKED, Instant.now()));
    }

    @Override
    public void liftBan(long operatorId, long roomId, long customerId) {
        lookup.owned(operatorId, roomId);
        rooms.liftBan(roomId, customerId);
    }

    @Override
    public List<RoomMember> banned(long operatorId, long roomId) {
        lookup.owned(operatorId, roomId);
        return rooms.banned(roomId).stream()
                .map(ban -> new RoomMember(ban.customerId(), ban.name(), ban.since())).toList();
    }

    @Override
    public void invite(long operatorId, long roomId, long customerId) {
        ChatRoom room = lookup.owned(operatorId, roomId);
        if (!room.isActive()) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "ROOM_CLOSED", "This room is closed");
        }
        requireCustomer(customerId);
        if (!rooms.hasVisitedRoomOf(operatorId, customerId) && !interactions.inTouch(operatorId, customerId)) {
            throw new RoomRefused(Reason.NOT_PERMITTED, "NOT_IN_TOUCH",
                    "You can invite customers who have been in touch with you");
        }
        rooms.invite(roomId, customerId);
        notifications.notify(customerId, NotificationType.ROOM_INVITATION, names.of(operatorId) + " invites you to "
                + room.getName(), "Entry " + Cents.dollars(room.getEntryFeeCents()) + ", "
                + Cents.dollars(room.getRatePerMinuteCents()) + " a minute", "/customer/room.xhtml?id=" + roomId);
    }

    private void requireCustomer(long customerId) {
        if (em.find(Customer.class, customerId) == null) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
        }
    }
}
