package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomMessage;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {

    /** Customers per bulk update, well under PostgreSQL's limit of bind parameters. */
    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<ChatRoom> find(long roomId) {
        return Optional.ofNullable(em.find(ChatRoom.class, roomId));
    }

    @Override
    public Optional<ChatRoom> lock(long roomId) {
        return Optional.ofNullable(em.find(ChatRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ChatRoom room) {
        em.persist(room);
        em.flush();
    }

    @Override
    public List<Listing> openOnSite(long siteId, String text, Integer minRateCents, Integer maxRateCents) {
        // PostgreSQL's LIKE escapes with a backslash unless told otherwise
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, (SELECT count(*) FROM room_visit v WHERE "
                        + "v.room_id = r.id AND v.left_at IS NULL) AS present, a.display_name FROM chat_room r "
                        + "JOIN account a ON a.id = r.operator_id WHERE r.active AND EXISTS (SELECT 1 FROM operator_site s "
                        + "WHERE s.operator_id = r.operator_id AND s.site_id = ?4) AND (CAST(?1 AS VARCHAR) IS NULL OR "
                        + "lower(r.name) LIKE CAST(?1 AS VARCHAR) OR lower(r.description) LIKE CAST(?1 AS VARCHAR) "
                        + "OR lower(a.display_name) LIKE CAST(?1 AS VARCHAR)) "
                        + "AND (CAST(?2 AS INTEGER) IS NULL OR r.rate_per_minute_cents >= CAST(?2 AS INTEGER)) "
                        + "AND (CAST(?3 AS INTEGER) IS NULL OR r.rate_per_minute_cents <= CAST(?3 AS INTEGER)) "
                        + "ORDER BY present DESC, r.created_at DESC LIMIT 200")
                .setParameter(1, pattern).setParameter(2, minRateCents).setParameter(3, maxRateCents)
                .setParameter(4, siteId).getResultList();
        return rows.stream().map(r -> new Listing(em.find(ChatRoom.class, ((Number) r[0]).longValue()), (String) r[2],
                ((Number) r[1]).intValue())).toList();
    }

    @Override
    public List<ChatRoom> ownedBy(long operatorId) {
        return em.createQuery("SELECT r FROM ChatRoom r WHERE r.operatorId = :operator ORDER BY r.active DESC, "
                        + "r.createdAt DESC", ChatRoom.class).setParameter("operator", operatorId).setMaxResults(200)
                .getResultList();
    }

    @Override
    public int presentCount(long roomId) {
        return em.createQuery("SELECT count(v) FROM RoomVisit v WHERE v.roomId = :room AND v.leftAt IS NULL",
                Long.class).setParameter("room", roomId).getSingleResult().intValue();
    }

    @Override
    public List<Long> presentCustomerIds(long roomId) {
        return em.createQuery("SELECT v.customerId FROM RoomVisit v WHERE v.roomId = :room AND v.leftAt IS NULL",
                Long.class).setParameter("room", roomId).getResultList();
    }

    @Override
    public List<NamedCustomer> presentCustomers(long roomId) {
        return em.createQuery("SELECT v.customerId, a.displayName, v.joinedAt FROM RoomVisit v, Account a "
                        + "WHERE a.id = v.customerId AND v.roomId = :room AND v.leftAt IS NULL ORDER BY v.joinedAt",
                Object[].class).setParameter("room", roomId).getResultList().stream()
                .map(r -> new NamedCustomer((Long) r[0], (String) r[1], ((OffsetDateTime) r[2]).toInstant()))
                .toList();
    }

    @Override
    public void add(RoomVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<RoomVisit> lockVisit(long visitId) {
        return Optional.ofNullable(em.find(RoomVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<RoomVisit> presentVisit(long roomId, long customerId) {
        return presentVisit(roomId, customerId, false);
    }

    @Override
    public Optional<RoomVisit> lockPresentVisit(long roomId, long customerId) {
        return presentVisit(roomId, customerId, true);
    }

    private Optional<RoomVisit> presentVisit(long roomId, long customerId, boolean lock) {
        return first(em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.customerId = :customer "
                        + "AND v.leftAt IS NULL", RoomVisit.class)
                .setParameter("room", roomId).setParameter("customer", customerId), lock);
    }

    private static <T> Optional<T> first(TypedQuery<T> query, boolean lock) {
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    @Override
    public List<RoomVisit> lockPresentVisits(long roomId) {
        return em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.leftAt IS NULL",
                RoomVisit.class).setParameter("room", roomId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Optional<RoomVisit> latestVisit(long roomId, long customerId) {
        return latestVisit(roomId, customerId, false);
    }

    @Override
    public Optional<RoomVisit> lockLatestVisit(long roomId, long customerId) {
        return latestVisit(roomId, customerId, true);
    }

    private Optional<RoomVisit> latestVisit(long roomId, long customerId, boolean lock) {
        return first(em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.customerId = :customer "
                        + "ORDER BY v.id DESC", RoomVisit.class)
                .setParameter("room", roomId).setParameter("customer", customerId).setMaxResults(1), lock);
    }

    @Override
    public boolean visitKeyUsed(String visitKey) {
        return !em.createQuery("SELECT v.id FROM RoomVisit v WHERE v.visitKey = :key", Long.class)
                .setParameter("key", visitKey).getResultList().isEmpty();
    }

    @Override
    public boolean hasVisitedRoomOf(long operatorId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM room_visit v JOIN chat_room r ON r.id = v.room_id "
                        + "WHERE r.operator_id = ?1 AND v.customer_id = ?2 LIMIT 1")
                .setParameter(1, operatorId).setParameter(2, customerId).getResultList().isEmpty();
    }

    @Override
    public void seen(Map<Long, ? extends Collection<Long>> customersByRoom, Instant at) {
        customersByRoom.forEach((room, customers) -> {
            List<Long> all = List.copyOf(customers);
            for (int from = 0; from < all.size(); from += CHUNK) {
                em.createQuery("UPDATE RoomVisit v SET v.lastSeenAt = :now WHERE v.leftAt IS NULL AND "
                                + "v.roomId = :room AND v.customerId IN :customers")
                        .setParameter("now", at.atOffset(ZoneOffset.UTC)).setParameter("room", room)
                        .setParameter("customers", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .executeUpdate();
            }
        });
    }

    @Override
    public List<RoomVisit> lockSilentVisits(Instant cutoff, int limit) {
        return em.createQuery("SELECT v FROM RoomVisit v WHERE v.leftAt IS NULL AND "
                        + "v.lastSeenAt < :cutoff ORDER BY v.id", RoomVisit.class)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> visitsDue(Instant now, int limit) {
        return em.createQuery("SELECT v.id FROM RoomVisit v WHERE v.leftAt IS NULL AND v.paidUntil <= :now "
                        + "ORDER BY v.paidUntil", Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(RoomMessage message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public Optional<RoomMessage> lineWithClientKey(long roomId, long authorId, String clientKey) {
        return em.createQuery("SELECT m FROM RoomMessage m WHERE m.roomId = :room AND "
                        + "m.authorId = :author AND m.clientKey = :key", RoomMessage.class)
                .setParameter("room", roomId).setParameter("author", authorId).setParameter("key", clientKey)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<HistoryLine> lastLines(long roomId, int limit) {
        return em.createQuery("SELECT m.id, m.authorId, a.displayName, m.kind, m.body, m.sentAt "
                        + "FROM RoomMessage m, Account a WHERE a.id = m.authorId AND m.roomId = :room "
                        + "ORDER BY m.id DESC", Object[].class)
                .setParameter("room", roomId).setMaxResults(limit).getResultList().stream()
                .map(r -> new HistoryLine((Long) r[0], (Long) r[1], (String) r[2], (RoomMessage.Kind) r[3],
                        (String) r[4], ((OffsetDateTime) r[5]).toInstant()))
                .toList();
    }

    @Override
    public boolean isBanned(long roomId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM room_ban WHERE room_id = ?1 AND customer_id = ?2")
                .setParameter(1, roomId).setParameter(2, customerId).getResultList().isEmpty();
    }

    @Override
    public void ban(long roomId, long customerId) {
        em.createNativeQuery("INSERT INTO room_ban (room_id, customer_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
    }

    @Override
    public void liftBan(long roomId, long customerId) {
        em.createNativeQuery("DELETE FROM room_ban WHERE room_id = ?1 AND customer_id = ?2")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
    }

    @Override
    public List<NamedCustomer> banned(long roomId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.customer_id, a.display_name, b.banned_at FROM room_ban b "
                + "JOIN account a ON a.id = b.customer_id WHERE b.room_id = ?1 ORDER BY b.banned_at DESC")
                .setParameter(1, roomId).getResultList();
        return rows.stream().map(r -> new NamedCustomer(((Number) r[0]).longValue(), (String) r[1], instant(r[2])))
                .toList();
    }

    /** A native query may hand a timestamptz back as either type. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    @Override
    public boolean invitedWithin(long roomId, long customerId, int hours) {
        return !em.createNativeQuery("SELECT 1 FROM room_invitation WHERE room_id = ?1 AND customer_id = ?2 "
                        + "AND invited_at > now() - make_interval(hours => ?3)")
                .setParameter(1, roomId).setParameter(2, customerId).setParameter(3, hours)
                .getResultList().isEmpty();
    }

    @Override
    public void invite(long roomId, long customerId) {
        em.createNativeQuery("INSERT INTO room_invitation (room_id, customer_id) VALUES (?1, ?2) "
                        + "ON CONFLICT (room_id, customer_id) DO UPDATE SET invited_at = now()")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
    }

    @Override
    public long pinFailuresWithin(long roomId, long customerId, int minutes) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM room_pin_failure WHERE room_id = ?1 "
                        + "AND customer_id = ?2 AND failed_at > now() - make_interval(mins => ?3)")
                .setParameter(1, roomId).setParameter(2, customerId).setParameter(3, minutes)
                .getSingleResult()).longValue();
    }

    @Override
    public long pinFailuresWithin(long roomId, int minutes) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM room_pin_failure WHERE room_id = ?1 "
                        + "AND failed_at > now() - make_interval(mins => ?2)")
                .setParameter(1, roomId).setParameter(2, minutes).getSingleResult()).longValue();
    }

    @Override
    public void addPinFailure(long roomId, long customerId) {
        em.createNativeQuery("INSERT INTO room_pin_failure (room_id, customer_id) VALUES (?1, ?2)")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
    }

    @Override
    public long earnedCents(long roomId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(operator_cents), 0) FROM charge WHERE kind = 'ROOM' "
                + "AND reference = ?1").setParameter(1, ChatRoom.chargeReference(roomId)).getSingleResult())
                .longValue();
    }
}
