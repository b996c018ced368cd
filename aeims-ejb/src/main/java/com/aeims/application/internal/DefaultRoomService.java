package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.Notifications;
import com.aeims.application.RoomActivity;
import com.aeims.application.RoomRefused;
import com.aeims.application.RoomService;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomMessage;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Stateless
public class DefaultRoomService implements RoomService {

    /** Five wrong PINs in ten minutes for one customer and room lock that customer out of it for ten minutes. */
    static final int PIN_FAILURES_ALLOWED = 5;
    static final int PIN_WINDOW_MINUTES = 10;
    static final int INVITATION_HOURS = 24;
    static final int MAX_CLIENT_KEY = 80;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    @Inject
    private Ledger ledger;

    @Inject
    private RoomPresence presence;

    @Inject
    private InteractionRecords interactions;

    @Inject
    private Notifications notifications;

    @Inject
    private Event<RoomActivity> activity;

    /** A draft's values, cleaned and checked; {@code pin} is null when none was given. */
    private record Terms(String name, String description, String pin) {
    }

    private static Terms validated(Draft draft) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        String name = draft.name() == null ? "" : draft.name().strip();
        String description = draft.description() == null ? "" : draft.description().strip();
        if (name.isEmpty()) {
            errors.reject("name", "Give the room a name");
        } else if (name.length() > ChatRoom.MAX_NAME) {
            errors.reject("name", "Names can be at most " + ChatRoom.MAX_NAME + " characters");
        }
        if (description.length() > ChatRoom.MAX_DESCRIPTION) {
            errors.reject("description", "Descriptions can be at most " + ChatRoom.MAX_DESCRIPTION + " characters");
        }
        String pin = draft.pin() == null || draft.pin().isBlank() ? null : draft.pin().strip();
        if (pin != null && !pin.matches("\\d{4,8}")) {
            errors.reject("pin", "Use a PIN of 4 to 8 digits");
        }
        requireCents(errors, "entry_fee_cents", draft.entryFeeCents(), 0, 10_000);
        requireCents(errors, "rate_per_minute_cents", draft.ratePerMinuteCents(), 0, 2_999);
        if (draft.maxUsers() == null || draft.maxUsers() < 1 || draft.maxUsers() > ChatRoom.MAX_USERS) {
            errors.reject("max_users", "Allow 1 to " + ChatRoom.MAX_USERS + " people");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        return new Terms(name, description, pin);
    }

    private static String hashed(String pin) {
        return PasswordHash.of(pin.toCharArray()).encoded();
    }

    @Override
    public RoomView create(long operatorId, Draft draft) {
        Operator operator = em.find(Operator.class, operatorId);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        Terms terms = validated(draft);
        ChatRoom room = new ChatRoom(operatorId, terms.name(), terms.description(),
                terms.pin() == null ? null : hashed(terms.pin()), draft.entryFeeCents(), draft.ratePerMinuteCents(),
                draft.maxUsers(), Instant.now());
        em.persist(room);
        em.flush();
        return view(room, operator.getDisplayName(), 0);
    }

    @Override
    public RoomView change(long operatorId, long roomId, Draft draft, boolean removePin) {
        ChatRoom room = ownRoom(operatorId, roomId, true);
        Terms terms = validated(draft);
        String pinHash = removePin ? null : terms.pin() == null ? room.getPinHash() : hashed(terms.pin());
        room.change(terms.name(), terms.description(), pinHash, draft.entryFeeCents(), draft.ratePerMinuteCents(),
                draft.maxUsers());
        return view(room, name(operatorId), present(roomId));
    }

    @Override
    public RoomView reopen(long operatorId, long roomId) {
        ChatRoom room = ownRoom(operatorId, roomId, true);
        room.reopen();
        return view(room, name(operatorId), present(roomId));
    }

    private static void requireCents(ValidationFailure.Collector errors, String field, Integer cents, int min, int max) {
        if (cents == null || cents < min || cents > max) {
            errors.reject(field, "Use " + min + " to " + max + " cents");
        }
    }

    @Override
    public RoomView close(long operatorId, long roomId) {
        ChatRoom room = ownRoom(operatorId, roomId, true);
        Instant now = Instant.now();
        List<Long> audience = presence.audience(room);
        room.close(now);
        for (RoomVisit visit : em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.leftAt IS NULL",
                RoomVisit.class).setParameter("room", roomId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            visit.leave(LeftReason.ROOM_CLOSED, now);
        }
        activity.fire(new RoomActivity(roomId, RoomActivity.Kind.CLOSED, audience, operatorId, null,
                LeftReason.ROOM_CLOSED.toCustomer(), null, now, null, null, null));
        return view(room, name(operatorId), 0);
    }

    @Override
    public List<RoomView> search(long siteId, String text, Integer minRateCents, Integer maxRateCents) {
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
        return rows.stream().map(r -> view(em.find(ChatRoom.class, ((Number) r[0]).longValue()), (String) r[2],
                ((Number) r[1]).intValue())).toList();
    }

    @Override
    public List<RoomView> ownedBy(long operatorId) {
        String operatorName = name(operatorId);
        return em.createQuery("SELECT r FROM ChatRoom r WHERE r.operatorId = :operator ORDER BY r.active DESC, "
                        + "r.createdAt DESC", ChatRoom.class).setParameter("operator", operatorId).setMaxResults(200)
                .getResultList().stream().map(room -> view(room, operatorName, present(room.getId()))).toList();
    }

    @Override
    public RoomView find(long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room == null) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        return view(room, name(room.getOperatorId()), present(roomId));
    }

    @Override
    public Joined join(long customerId, long roomId, String pin, String visitKey) {
        if (visitKey != null && visitKey.strip().length() > MAX_VISIT_KEY) {
            throw ValidationFailure.of("VALIDATION_FAILED", "visit_key", "Use at most " + MAX_VISIT_KEY
                    + " characters");
        }
        // the room row is the lock that keeps two joins from both taking the last place
        ChatRoom room = em.find(ChatRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        if (!room.isActive()) {
            throw new RoomRefused("ROOM_CLOSED", 409, "This room is closed");
        }
        Optional<RoomVisit> inside = presence.presentVisit(roomId, customerId, false);
        if (inside.isPresent()) {
            return new Joined(inside.get().getId(), 0, ledger.availableCents(customerId), true);
        }
        if (isBanned(roomId, customerId)) {
            throw new RoomRefused("BANNED", 403, "The host has banned you from this room");
        }
        if (room.isPinProtected() && !isInvited(roomId, customerId)) {
            checkPin(room, customerId, pin);
        }
        if (present(roomId) >= room.getMaxUsers()) {
            throw new RoomRefused("ROOM_FULL", 409, "This room is full");
        }
        long needed = (long) room.getEntryFeeCents() + room.getRatePerMinuteCents();
        if (ledger.availableCents(customerId) < needed) {
            throw new LedgerException(LedgerException.Reason.INSUFFICIENT_FUNDS,
                    "Joining needs the entry fee and the first minute (" + Cents.dollars(needed)
                            + "); please add funds");
        }
        String key = "room-visit:" + customerId + ":" + (visitKey == null || visitKey.isBlank()
                ? UUID.randomUUID().toString() : visitKey.strip());
        if (!em.createQuery("SELECT v.id FROM RoomVisit v WHERE v.visitKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty()) {
            throw new RoomRefused("VISIT_KEY_USED", 409, "That visit key belongs to an earlier visit");
        }
        Instant now = Instant.now();
        RoomVisit visit = new RoomVisit(roomId, customerId, key, room.getRatePerMinuteCents(), now);
        Operator operator = em.find(Operator.class, room.getOperatorId());
        if (room.getEntryFeeCents() > 0) {
            Posting entry = billing.charge(key, PostingKind.ROOM, customerId, room.getOperatorId(),
                    room.getEntryFeeCents(), operator.getOperatorSharePercent(), reference(roomId),
                    "Entry to " + room.getName());
            visit.entryPaid(entry.id(), room.getEntryFeeCents());
        }
        if (room.getRatePerMinuteCents() > 0) {
            billing.charge(visit.nextMinuteKey(), PostingKind.ROOM, customerId, room.getOperatorId(),
                    room.getRatePerMinuteCents(), operator.getOperatorSharePercent(), reference(roomId),
                    room.getName() + ", minute 1");
        }
        visit.minutePaid();
        long balance = ledger.availableCents(customerId);
        if (visit.warnAboutFunds(balance >= room.getRatePerMinuteCents())) {
            activity.fire(RoomActivity.toOne(roomId, RoomActivity.Kind.LOW_FUNDS, customerId,
                    RoomVisit.LOW_FUNDS_WARNING, visit.getPaidUntil(), null, balance, null));
        }
        em.persist(visit);
        presence.moveIn(room, visit, now);
        return new Joined(visit.getId(), needed, balance, false);
    }

    static String reference(long roomId) {
        return "room:" + roomId;
    }

    private boolean isBanned(long roomId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM room_ban WHERE room_id = ?1 AND customer_id = ?2")
                .setParameter(1, roomId).setParameter(2, customerId).getResultList().isEmpty();
    }

    private boolean isInvited(long roomId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM room_invitation WHERE room_id = ?1 AND customer_id = ?2 "
                        + "AND invited_at > now() - make_interval(hours => ?3)")
                .setParameter(1, roomId).setParameter(2, customerId).setParameter(3, INVITATION_HOURS)
                .getResultList().isEmpty();
    }

    /** A wrong PIN is recorded (and committed: this exception does not roll back) before it is refused. */
    private void checkPin(ChatRoom room, long customerId, String pin) {
        long recentFailures = ((Number) em.createNativeQuery("SELECT count(*) FROM room_pin_failure WHERE room_id = ?1 "
                        + "AND customer_id = ?2 AND failed_at > now() - make_interval(mins => ?3)")
                .setParameter(1, room.getId()).setParameter(2, customerId).setParameter(3, PIN_WINDOW_MINUTES)
                .getSingleResult()).longValue();
        if (recentFailures >= PIN_FAILURES_ALLOWED) {
            throw new RoomRefused("PIN_LOCKED", 429, "Too many wrong PINs; try again in " + PIN_WINDOW_MINUTES
                    + " minutes");
        }
        if (pin == null || pin.isBlank() || !PasswordHash.parse(room.getPinHash()).matches(pin.strip().toCharArray())) {
            em.createNativeQuery("INSERT INTO room_pin_failure (room_id, customer_id) VALUES (?1, ?2)")
                    .setParameter(1, room.getId()).setParameter(2, customerId).executeUpdate();
            throw new RoomRefused("WRONG_PIN", 403, "That PIN is not right");
        }
    }

    @Override
    public void leave(long customerId, long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room == null) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        presence.presentVisit(roomId, customerId, true)
                .ifPresent(visit -> presence.moveOut(room, visit, LeftReason.LEFT, Instant.now()));
    }

    @Override
    public Visit stillHere(long customerId, long roomId) {
        RoomVisit visit = latestVisit(customerId, roomId, true)
                .orElseThrow(() -> new RoomRefused("NOT_IN_ROOM", 404, "You have not joined this room"));
        visit.seen(Instant.now());
        return view(visit);
    }

    @Override
    public void stillHere(Collection<Long> customerIds) {
        List<Long> all = List.copyOf(customerIds);
        for (int from = 0; from < all.size(); from += 1_000) {
            em.createQuery("UPDATE RoomVisit v SET v.lastSeenAt = :now WHERE v.leftAt IS NULL AND "
                            + "v.customerId IN :customers")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("customers", all.subList(from, Math.min(all.size(), from + 1_000)))
                    .executeUpdate();
        }
    }

    @Override
    public Optional<Visit> visit(long customerId, long roomId) {
        return latestVisit(customerId, roomId, false).map(this::view);
    }

    private Optional<RoomVisit> latestVisit(long customerId, long roomId, boolean lock) {
        var query = em.createQuery("SELECT v FROM RoomVisit v WHERE v.roomId = :room AND v.customerId = :customer "
                        + "ORDER BY v.id DESC", RoomVisit.class)
                .setParameter("room", roomId).setParameter("customer", customerId).setMaxResults(1);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    private Visit view(RoomVisit visit) {
        long balance = ledger.availableCents(visit.getCustomerId());
        return new Visit(visit.getId(), visit.isPresent(),
                visit.getLeftReason() == null ? null : visit.getLeftReason().name(), visit.getMinutesCharged(),
                visit.getEntryFeeCents() + visit.getMinuteCents(), visit.getPaidUntil(), balance,
                balance >= visit.getRatePerMinuteCents());
    }

    @Override
    public List<Member> members(long accountId, long roomId) {
        requireInside(accountId, roomId);
        return presence.members(roomId);
    }

    @Override
    public List<Line> history(long accountId, long roomId, int limit) {
        requireInside(accountId, roomId);
        List<Object[]> rows = em.createQuery("SELECT m.id, m.authorId, a.displayName, m.kind, m.body, m.sentAt "
                        + "FROM RoomMessage m, Account a WHERE a.id = m.authorId AND m.roomId = :room "
                        + "ORDER BY m.id DESC", Object[].class)
                .setParameter("room", roomId).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
        List<Line> lines = new ArrayList<>(rows.stream().map(r -> new Line((Long) r[0], (Long) r[1],
                (String) r[2], ((RoomMessage.Kind) r[3]).name(), (String) r[4],
                ((OffsetDateTime) r[5]).toInstant())).toList());
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
            throw new RoomRefused("ROOM_CLOSED", 409, "This room is closed");
        }
        if (key != null) {
            List<RoomMessage> earlier = em.createQuery("SELECT m FROM RoomMessage m WHERE m.roomId = :room AND "
                            + "m.authorId = :author AND m.clientKey = :key", RoomMessage.class)
                    .setParameter("room", roomId).setParameter("author", accountId).setParameter("key", key)
                    .getResultList();
            if (!earlier.isEmpty()) {
                RoomMessage first = earlier.get(0);
                return new Line(first.getId(), accountId, name(accountId), first.getKind().name(), first.getBody(),
                        first.getSentAt());
            }
        }
        RoomMessage message = new RoomMessage(roomId, accountId, RoomMessage.Kind.MESSAGE, body, key, Instant.now());
        em.persist(message);
        em.flush();
        Line line = new Line(message.getId(), accountId, name(accountId), message.getKind().name(), body,
                message.getSentAt());
        activity.fire(RoomActivity.said(roomId, presence.audience(room), line));
        return line;
    }

    /** The room, if the account is its operator or a customer in it; the same refusal for everyone else. */
    private ChatRoom requireInside(long accountId, long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room == null) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        if (room.getOperatorId() != accountId && presence.presentVisit(roomId, accountId, false).isEmpty()) {
            throw new RoomRefused("NOT_IN_ROOM", 403, "Only the host and the people in the room can do that");
        }
        return room;
    }

    @Override
    public void remove(long operatorId, long roomId, long customerId, boolean ban) {
        ChatRoom room = ownRoom(operatorId, roomId, false);
        if (ban) {
            if (em.find(Customer.class, customerId) == null) {
                throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
            }
            em.createNativeQuery("INSERT INTO room_ban (room_id, customer_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
        }
        Optional<RoomVisit> visit = presence.presentVisit(roomId, customerId, true);
        if (visit.isEmpty() && !ban) {
            throw new RoomRefused("NOT_IN_ROOM", 409, "That customer is not in the room");
        }
        visit.ifPresent(v -> presence.moveOut(room, v, ban ? LeftReason.BANNED : LeftReason.KICKED, Instant.now()));
    }

    @Override
    public void liftBan(long operatorId, long roomId, long customerId) {
        ownRoom(operatorId, roomId, false);
        em.createNativeQuery("DELETE FROM room_ban WHERE room_id = ?1 AND customer_id = ?2")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
    }

    @Override
    public List<Member> banned(long operatorId, long roomId) {
        ownRoom(operatorId, roomId, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.customer_id, a.display_name, b.banned_at FROM room_ban b "
                + "JOIN account a ON a.id = b.customer_id WHERE b.room_id = ?1 ORDER BY b.banned_at DESC")
                .setParameter(1, roomId).getResultList();
        return rows.stream().map(r -> new Member(((Number) r[0]).longValue(), (String) r[1], instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @Override
    public void invite(long operatorId, long roomId, long customerId) {
        ChatRoom room = ownRoom(operatorId, roomId, false);
        if (!room.isActive()) {
            throw new RoomRefused("ROOM_CLOSED", 409, "This room is closed");
        }
        if (em.find(Customer.class, customerId) == null) {
            throw new UnknownEntityException("CUSTOMER_NOT_FOUND", "No customer " + customerId);
        }
        boolean visitedBefore = !em.createNativeQuery("SELECT 1 FROM room_visit v JOIN chat_room r ON r.id = v.room_id "
                        + "WHERE r.operator_id = ?1 AND v.customer_id = ?2 LIMIT 1")
                .setParameter(1, operatorId).setParameter(2, customerId).getResultList().isEmpty();
        if (!visitedBefore && !interactions.inTouch(operatorId, customerId)) {
            throw new RoomRefused("NOT_IN_TOUCH", 403, "You can invite customers who have been in touch with you");
        }
        em.createNativeQuery("INSERT INTO room_invitation (room_id, customer_id) VALUES (?1, ?2) "
                        + "ON CONFLICT (room_id, customer_id) DO UPDATE SET invited_at = now()")
                .setParameter(1, roomId).setParameter(2, customerId).executeUpdate();
        notifications.notify(customerId, NotificationType.ROOM_INVITATION, name(operatorId) + " invites you to "
                + room.getName(), "Entry " + Cents.dollars(room.getEntryFeeCents()) + ", "
                + Cents.dollars(room.getRatePerMinuteCents()) + " a minute", "/customer/room.xhtml?id=" + roomId);
    }

    @Override
    public long earnedCents(long operatorId, long roomId) {
        ownRoom(operatorId, roomId, false);
        return RoomEarnings.earned(em, roomId);
    }

    private ChatRoom ownRoom(long operatorId, long roomId, boolean lock) {
        ChatRoom room = lock ? em.find(ChatRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ChatRoom.class, roomId);
        if (room == null || room.getOperatorId() != operatorId) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        return room;
    }

    private int present(long roomId) {
        return em.createQuery("SELECT count(v) FROM RoomVisit v WHERE v.roomId = :room AND v.leftAt IS NULL",
                Long.class).setParameter("room", roomId).getSingleResult().intValue();
    }


    private String name(long accountId) {
        return presence.name(accountId);
    }

    private static RoomView view(ChatRoom room, String operatorName, int present) {
        return new RoomView(room.getId(), room.getOperatorId(), operatorName, room.getName(), room.getDescription(),
                room.isPinProtected(), room.getEntryFeeCents(), room.getRatePerMinuteCents(), room.getMaxUsers(),
                present, room.isActive());
    }
}
