package com.aeims.application.room;

import java.time.Instant;
import java.util.List;

/** Talking in a room: for its operator and the customers in it, who is there, what was said, and saying something. */
public interface RoomChat {

    /** A line of the room's history; {@code kind} is MESSAGE, JOINED or LEFT. */
    record Line(long id, long authorId, String authorName, String kind, String body, Instant at) {
    }

    List<RoomMember> members(long accountId, long roomId);

    /** The last lines of the room, oldest first. */
    List<Line> history(long accountId, long roomId, int limit);

    /** Says something in the room; the same client key again returns the first line instead of a second one. */
    Line say(long accountId, long roomId, String text, String clientKey);
}
