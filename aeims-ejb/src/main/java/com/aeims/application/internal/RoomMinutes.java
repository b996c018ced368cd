package com.aeims.application.internal;

import jakarta.persistence.EntityManager;

/** What the minute meter says and sums, shared by joining (the first minute) and the meter (the next ones). */
final class RoomMinutes {

    private RoomMinutes() {
    }

    static String lowFundsWarning() {
        return "Your balance does not cover the next minute. Add funds within a minute to stay in the room.";
    }

    /** The operator's share of everything the room has charged (entry fees and minutes). */
    static long earned(EntityManager em, long roomId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(operator_cents), 0) FROM charge WHERE kind = 'ROOM' "
                + "AND reference = ?1").setParameter(1, DefaultRoomService.reference(roomId)).getSingleResult())
                .longValue();
    }
}
