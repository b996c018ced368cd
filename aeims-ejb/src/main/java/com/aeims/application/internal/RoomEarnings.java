package com.aeims.application.internal;

import jakarta.persistence.EntityManager;

/** What a room has earned, for its operator's page and the minute meter's announcements. */
final class RoomEarnings {

    private RoomEarnings() {
    }

    /** The operator's share of everything the room has charged (entry fees and minutes). */
    static long earned(EntityManager em, long roomId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(operator_cents), 0) FROM charge WHERE kind = 'ROOM' "
                + "AND reference = ?1").setParameter(1, DefaultRoomService.reference(roomId)).getSingleResult())
                .longValue();
    }
}
