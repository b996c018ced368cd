package com.aeims.application.internal;

import com.aeims.application.BillingService;
import com.aeims.application.RoomRefused;
import com.aeims.application.RoomService;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.room.ChatRoom;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Stateless
public class DefaultRoomService implements RoomService {

    /** Five wrong PINs in ten minutes for one customer and room lock that customer out of it for ten minutes. */
    static final int PIN_FAILURES_ALLOWED = 5;
    static final int PIN_WINDOW_MINUTES = 10;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    @Inject
    private Ledger ledger;

    @Override
    public RoomView create(long operatorId, Draft draft) {
        Operator operator = em.find(Operator.class, operatorId);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
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
        ChatRoom room = new ChatRoom(operatorId, name, description,
                pin == null ? null : PasswordHash.of(pin.toCharArray()).encoded(), draft.entryFeeCents(),
                draft.ratePerMinuteCents(), draft.maxUsers(), Instant.now());
        em.persist(room);
        em.flush();
        return view(room, operator.getDisplayName(), 0);
    }

    private static void requireCents(ValidationFailure.Collector errors, String field, Integer cents, int min, int max) {
        if (cents == null || cents < min || cents > max) {
            errors.reject(field, "Use " + min + " to " + max + " cents");
        }
    }

    @Override
    public RoomView close(long operatorId, long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null || room.getOperatorId() != operatorId) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        room.close(Instant.now());
        em.createNativeQuery("UPDATE room_visit SET left_at = now(), left_reason = 'ROOM_CLOSED' WHERE room_id = ?1 "
                + "AND left_at IS NULL").setParameter(1, roomId).executeUpdate();
        return view(room, name(operatorId), 0);
    }

    @Override
    public List<RoomView> search(String text, Integer minRateCents, Integer maxRateCents) {
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, (SELECT count(*) FROM room_visit v WHERE "
                        + "v.room_id = r.id AND v.left_at IS NULL) AS present, a.display_name FROM chat_room r "
                        + "JOIN account a ON a.id = r.operator_id WHERE r.active AND (CAST(?1 AS VARCHAR) IS NULL OR "
                        + "lower(r.name) LIKE CAST(?1 AS VARCHAR) OR lower(r.description) LIKE CAST(?1 AS VARCHAR) "
                        + "OR lower(a.display_name) LIKE CAST(?1 AS VARCHAR)) "
                        + "AND (CAST(?2 AS INTEGER) IS NULL OR r.rate_per_minute_cents >= CAST(?2 AS INTEGER)) "
                        + "AND (CAST(?3 AS INTEGER) IS NULL OR r.rate_per_minute_cents <= CAST(?3 AS INTEGER)) "
                        + "ORDER BY present DESC, r.created_at DESC LIMIT 200")
                .setParameter(1, pattern).setParameter(2, minRateCents).setParameter(3, maxRateCents)
                .getResultList();
        return rows.stream().map(r -> view(em.find(ChatRoom.class, ((Number) r[0]).longValue()), (String) r[2],
                ((Number) r[1]).intValue())).toList();
    }

    @Override
    public Joined join(long customerId, long roomId, String pin, String visitKey) {
        // the room row is the lock that keeps two joins from both taking the last place
        ChatRoom room = em.find(ChatRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null) {
            throw new UnknownEntityException("ROOM_NOT_FOUND", "No room " + roomId);
        }
        if (!room.isActive()) {
            throw new RoomRefused("ROOM_CLOSED", 409, "This room is closed");
        }
        List<?> inside = em.createNativeQuery("SELECT id FROM room_visit WHERE room_id = ?1 AND customer_id = ?2 "
                + "AND left_at IS NULL").setParameter(1, roomId).setParameter(2, customerId).getResultList();
        if (!inside.isEmpty()) {
            return new Joined(((Number) inside.get(0)).longValue(), 0, available(customerId), true);
        }
        if (room.isPinProtected()) {
            checkPin(room, customerId, pin);
        }
        long present = ((Number) em.createNativeQuery("SELECT count(*) FROM room_visit WHERE room_id = ?1 "
                + "AND left_at IS NULL").setParameter(1, roomId).getSingleResult()).longValue();
        if (present >= room.getMaxUsers()) {
            throw new RoomRefused("ROOM_FULL", 409, "This room is full");
        }
        long needed = (long) room.getEntryFeeCents() + room.getRatePerMinuteCents();
        if (available(customerId) < needed) {
            throw new LedgerException(LedgerException.Reason.INSUFFICIENT_FUNDS,
                    "Joining needs the entry fee and at least one minute; please add funds");
        }
        Operator operator = em.find(Operator.class, room.getOperatorId());
        String key = "room-visit:" + customerId + ":" + (visitKey == null || visitKey.isBlank()
                ? UUID.randomUUID().toString() : visitKey.strip());
        Long postingId = null;
        if (room.getEntryFeeCents() > 0) {
            Posting posting = billing.charge(key, PostingKind.ROOM, customerId, room.getOperatorId(),
                    room.getEntryFeeCents(), operator.getOperatorSharePercent(), key, "Entry to " + room.getName());
            postingId = posting.id();
        }
        em.createNativeQuery("INSERT INTO room_visit (room_id, customer_id, visit_key, entry_posting_id, "
                        + "entry_fee_cents) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, roomId).setParameter(2, customerId).setParameter(3, key)
                .setParameter(4, postingId).setParameter(5, (long) room.getEntryFeeCents()).executeUpdate();
        long visitId = ((Number) em.createNativeQuery("SELECT id FROM room_visit WHERE visit_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
        return new Joined(visitId, room.getEntryFeeCents(), available(customerId), false);
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
        em.createNativeQuery("UPDATE room_visit SET left_at = now(), left_reason = 'LEFT' WHERE room_id = ?1 "
                + "AND customer_id = ?2 AND left_at IS NULL").setParameter(1, roomId).setParameter(2, customerId)
                .executeUpdate();
    }

    private long available(long customerId) {
        return ledger.balances(List.of(AccountRef.available(customerId))).get(AccountRef.available(customerId));
    }

    private String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }

    private static RoomView view(ChatRoom room, String operatorName, int present) {
        return new RoomView(room.getId(), room.getOperatorId(), operatorName, room.getName(), room.getDescription(),
                room.isPinProtected(), room.getEntryFeeCents(), room.getRatePerMinuteCents(), room.getMaxUsers(),
                present, room.isActive());
    }
}
