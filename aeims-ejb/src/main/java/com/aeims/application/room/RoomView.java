package com.aeims.application.room;

/** A room as its operator and customers see it: terms in cents, how many are in it, whether it is open. */
public record RoomView(long id, long operatorId, String operatorName, String name, String description,
                       boolean pinProtected, int entryFeeCents, int ratePerMinuteCents, int maxUsers, int present,
                       boolean active) {
}
