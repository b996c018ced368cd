package com.aeims.application.room.internal;

import com.aeims.application.Push;
import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomActivity;
import com.aeims.application.room.RoomChat;
import com.aeims.application.room.RoomMember;
import com.aeims.application.room.RoomRefused;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomMessage;
import com.aeims.domain.model.room.RoomRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultRoomChat implements RoomChat {

    static final int MAX_CLIENT_KEY = 80;
    static final int MAX_HISTORY = 500;

    @Inject
    private RoomRepository rooms;

    @Inject
    private RoomLookup lookup;

    @Inject
    private RoomPresence presence;

    @Inject
    private DisplayNames names;

    @Inject
    private Push push;

    @Override
    public List<RoomMember> members(long accountId, long roomId) {
        requireInside(accountId, roomId);
        return presence.members(roomId);
    }

    @Override
    public List<Line> history(long accountId, long roomId, int limit) {
        requireInside(accountId, roomId);
        List<Line> lines = new ArrayList<>(rooms.lastLines(roomId, Math.max(1, Math.min(limit, MAX_HISTORY))).stream()
                .map(line -> new Line(line.id(), line.authorId(), line.authorName(), line.kind().name(), line.body(),
                        line.at()))
                .toList());
        Collections.reverse(lines);
        return lines;
    }

    @Override
    public Line say(long accountId, long roomId, String text, String clientKey) {
        String body = text == null ? "" : text.strip();
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        if (body.isEmpty()) {
            errors.reject("text", "Write something first");
        } else if (body.length() > RoomMessage.MAX_BODY) {
            errors.reject("text", "Messages can be at most " + RoomMessage.MAX_BODY + " characters");
        }
        String key = clientKey == null || clientKey.isBlank() ? null : clientKey.strip();
        if (key != null && key.length() > MAX_CLIENT_KEY) {
            errors.reject("client_key", "Use at most " + MAX_CLIENT_KEY + " characters");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        ChatRoom room = requireInside(accountId, roomId);
        if (!room.isActive()) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "ROOM_CLOSED", "This room is closed");
        }
        if (key != null) {
            Optional<RoomMessage> earlier = rooms.lineWithClientKey(roomId, accountId, key);
            if (earlier.isPresent()) {
                RoomMessage first = earlier.get();
                return new Line(first.getId(), accountId, names.of(accountId), first.getKind().name(),
                        first.getBody(), first.getSentAt());
            }
        }
        RoomMessage message = new RoomMessage(roomId, accountId, RoomMessage.Kind.MESSAGE, body, key, Instant.now());
        rooms.add(message);
        Line line = new Line(message.getId(), accountId, names.of(accountId), message.getKind().name(), body,
                message.getSentAt());
        push.send(RoomActivity.said(roomId, presence.audience(room), line));
        return line;
    }

    /** The room, if the account is its operator or a customer in it; the same refusal for everyone else. */
    private ChatRoom requireInside(long accountId, long roomId) {
        ChatRoom room = lookup.existing(roomId);
        if (room.getOperatorId() != accountId && rooms.presentVisit(roomId, accountId).isEmpty()) {
            throw new RoomRefused(Reason.NOT_PERMITTED, "NOT_IN_ROOM",
                    "Only the host and the people in the room can do that");
        }
        return room;
    }
}
