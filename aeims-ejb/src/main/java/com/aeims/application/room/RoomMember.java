package com.aeims.application.room;

import java.time.Instant;

/** A customer of a room with a name: one in it ({@code since} they joined) or one banned from it (since the ban). */
public record RoomMember(long customerId, String name, Instant since) {
}
