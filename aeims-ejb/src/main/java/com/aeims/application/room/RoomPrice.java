package com.aeims.application.room;

/** A room's price as the customer was shown it, sent with the join so it is the price they pay. */
public record RoomPrice(long entryFeeCents, long ratePerMinuteCents) {
}
