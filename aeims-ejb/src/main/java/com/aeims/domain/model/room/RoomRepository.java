package com.aeims.domain.model.room;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rooms, their visits, history, bans, invitations and wrong PINs as the database holds them. Every method joins the
 * caller's transaction; the {@code lock} methods hold the rows they read until it ends.
 */
public interface RoomRepository {

    /** An open room as the directory lists it: with its operator's name and how many are in it. */
    record Listing(ChatRoom room, String operatorName, int present) {
    }

    /** A customer with a name and since when (they joined the room, or were banned from it). */
    record NamedCustomer(long customerId, String name, Instant since) {
    }

    /** A line of a room's history with its author's name. */
    record HistoryLine(long id, long authorId, String authorName, RoomMessage.Kind kind, String body, Instant at) {
    }

    Optional<ChatRoom> find(long roomId);

    Optional<ChatRoom> lock(long roomId);

    /** Stores a new room; its id is known on return. */
    void add(ChatRoom room);

    /**
     * Open rooms of operators listed on the site, busiest first, at most 200; {@code text} (ignored when blank) matches
     * name, description or operator name; rates in cents per minute, either bound may be null.
     */
    List<Listing> openOnSite(long siteId, String text, Integer minRateCents, Integer maxRateCents);

    /** The operator's rooms, open ones first, then newest first; at most 200. */
    List<ChatRoom> ownedBy(long operatorId);

    /** How many customers are in the room now. */
    int presentCount(long roomId);

    /** The customers in the room now. */
    List<Long> presentCustomerIds(long roomId);

    /** The customers in the room now with their names, first comer first. */
    List<NamedCustomer> presentCustomers(long roomId);

    void add(RoomVisit visit);

    Optional<RoomVisit> lockVisit(long visitId);

    Optional<RoomVisit> presentVisit(long roomId, long customerId);

    Optional<RoomVisit> lockPresentVisit(long roomId, long customerId);

    List<RoomVisit> lockPresentVisits(long roomId);

    /** The customer's latest visit of the room, present or over. */
    Optional<RoomVisit> latestVisit(long roomId, long customerId);

    Optional<RoomVisit> lockLatestVisit(long roomId, long customerId);

    boolean visitKeyUsed(String visitKey);

    /** The customer has been in one of the operator's rooms at some time. */
    boolean hasVisitedRoomOf(long operatorId, long customerId);

    /** The present visits of these customers to these rooms (customers by room id) were heard from at {@code at}. */
    void seen(Map<Long, ? extends Collection<Long>> customersByRoom, Instant at);

    /** Present visits not heard from since the cutoff, oldest visit first, locked. */
    List<RoomVisit> lockSilentVisits(Instant cutoff, int limit);

    /** Present visits whose paid time is over at {@code now}, earliest first. */
    List<Long> visitsDue(Instant now, int limit);

    /** Stores a new line of history; its id is known on return. */
    void add(RoomMessage message);

    /** The author's earlier line in the room with this client key, if any. */
    Optional<RoomMessage> lineWithClientKey(long roomId, long authorId, String clientKey);

    /** The room's last lines, newest first. */
    List<HistoryLine> lastLines(long roomId, int limit);

    boolean isBanned(long roomId, long customerId);

    /** Bans the customer; banning again changes nothing. */
    void ban(long roomId, long customerId);

    void liftBan(long roomId, long customerId);

    /** The room's bans, latest first, {@code since} being when each was made. */
    List<NamedCustomer> banned(long roomId);

    /** The customer was invited to the room within the last {@code hours}. */
    boolean invitedWithin(long roomId, long customerId, int hours);

    /** Invites the customer, or renews an earlier invitation from now. */
    void invite(long roomId, long customerId);

    /** Wrong PINs this customer gave for this room in the last minutes. */
    long pinFailuresWithin(long roomId, long customerId, int minutes);

    /** Wrong PINs anyone gave for this room in the last minutes. */
    long pinFailuresWithin(long roomId, int minutes);

    void addPinFailure(long roomId, long customerId);

    /** The operator's share of everything the room has charged (entry fees and minutes). */
    long earnedCents(long roomId);
}
