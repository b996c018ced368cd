package com.aeims.application.room.internal;

import com.aeims.application.Push;
import com.aeims.application.room.RoomActivity;
import com.aeims.application.room.RoomMember;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomMessage;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is in a room, and moving people in and out of it with the notices that go with it: shared by visits, chat,
 * moderation, closing and the minute meter. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RoomPresence {

    @Inject
    private RoomRepository rooms;

    @Inject
    private DisplayNames names;

    @Inject
    private Push push;

    /** Everyone a room's news goes to: the customers in it and its operator. */
    public List<Long> audience(ChatRoom room) {
        List<Long> audience = new ArrayList<>(rooms.presentCustomerIds(room.getId()));
        audience.add(room.getOperatorId());
        return audience;
    }

    public List<RoomMember> members(long roomId) {
        return rooms.presentCustomers(roomId).stream()
                .map(customer -> new RoomMember(customer.customerId(), customer.name(), customer.since()))
                .toList();
    }

    public void moveIn(ChatRoom room, RoomVisit visit, Instant at) {
        String name = names.of(visit.getCustomerId());
        rooms.add(new RoomMessage(room.getId(), visit.getCustomerId(), RoomMessage.Kind.JOINED, "", null, at));
        push.send(RoomActivity.presence(room.getId(), RoomActivity.Kind.JOINED, audience(room),
                visit.getCustomerId(), name, null, at));
    }

    /** Ends the visit (its paid time is already paid: nothing is owed or returned) and tells the room. */
    public void moveOut(ChatRoom room, RoomVisit visit, LeftReason reason, Instant at) {
        if (!visit.isPresent()) {
            return;
        }
        visit.leave(reason, at);
        rooms.add(new RoomMessage(room.getId(), visit.getCustomerId(), RoomMessage.Kind.LEFT, "", null, at));
        push.send(RoomActivity.presence(room.getId(), RoomActivity.Kind.LEFT, audience(room),
                visit.getCustomerId(), names.of(visit.getCustomerId()), reason.name(), at));
        if (reason != LeftReason.LEFT) {
            push.send(RoomActivity.toOne(room.getId(), RoomActivity.Kind.REMOVED, visit.getCustomerId(),
                    reason.toCustomer(), at, null, null, null));
        }
    }
}
