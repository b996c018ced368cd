package com.aeims.application.room.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.room.RoomView;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The room a request names, and how it looks: shared by the room services. Someone else's room is "not found" to an
 * operator, as a room that does not exist is, so operators cannot probe each other's rooms.
 */
@ApplicationScoped
public class RoomLookup {

    @Inject
    private RoomRepository rooms;

    @Inject
    private DisplayNames names;

    public ChatRoom existing(long roomId) {
        return rooms.find(roomId).orElseThrow(() -> noSuchRoom(roomId));
    }

    public ChatRoom owned(long operatorId, long roomId) {
        return ownedBy(operatorId, rooms.find(roomId).orElse(null), roomId);
    }

    /** The operator's room, locked until the transaction ends: changes to it and its visits go one at a time. */
    public ChatRoom lockOwned(long operatorId, long roomId) {
        return ownedBy(operatorId, rooms.lock(roomId).orElse(null), roomId);
    }

    private static ChatRoom ownedBy(long operatorId, ChatRoom room, long roomId) {
        if (room == null || room.getOperatorId() != operatorId) {
            throw noSuchRoom(roomId);
        }
        return room;
    }

    static UnknownEntityException noSuchRoom(long roomId) {
        return new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
    }

    /** The room with its operator's name and how many are in it now. */
    public RoomView view(ChatRoom room) {
        return view(room, names.of(room.getOperatorId()), rooms.presentCount(room.getId()));
    }

    static RoomView view(ChatRoom room, String operatorName, int present) {
        return new RoomView(room.getId(), room.getOperatorId(), operatorName, room.getName(), room.getDescription(),
                room.isPinProtected(), room.getEntryFeeCents(), room.getRatePerMinuteCents(), room.getMaxUsers(),
                present, room.isActive());
    }
}
