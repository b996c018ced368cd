package com.aeims.application.room;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The minute meter of rooms: each present visit pays its next minute when it starts, in a transaction of its own;
 * a customer who cannot pay it is moved out (warned a minute before), and one whose page has gone silent is moved
 * out before another minute is charged.
 */
public interface RoomBilling {

    /** Ends the visits whose page has not been heard from for a while; returns how many. */
    int endSilentVisits();

    /** Present visits whose paid time is over, earliest first. */
    List<Long> visitsDue(int limit);

    /** Charges the visit's next minute, or moves the customer out; returns the room when money moved. */
    OptionalLong chargeNextMinute(long visitId);

    /** Tells the operators of these rooms what they have earned in them. */
    void announceEarnings(Set<Long> roomIds);
}
