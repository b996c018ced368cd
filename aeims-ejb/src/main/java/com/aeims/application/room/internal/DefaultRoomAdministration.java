package com.aeims.application.room.internal;

import com.aeims.application.Push;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomActivity;
import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomView;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultRoomAdministration implements RoomAdministration {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private RoomRepository rooms;

    @Inject
    private RoomLookup lookup;

    @Inject
    private RoomPresence presence;

    @Inject
    private DisplayNames names;

    @Inject
    private Push push;

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

    private static void requireCents(ValidationFailure.Collector errors, String field, Integer cents, int min, int max) {
        if (cents == null || cents < min || cents > max) {
            errors.reject(field, "Use " + min + " to " + max + " cents");
        }
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
        rooms.add(room);
        return RoomLookup.view(room, operator.getDisplayName(), 0);
    }

    @Override
    public RoomView change(long operatorId, long roomId, Draft draft, boolean removePin) {
        ChatRoom room = lookup.lockOwned(operatorId, roomId);
        Terms terms = validated(draft);
        String pinHash = removePin ? null : terms.pin() == null ? room.getPinHash() : hashed(terms.pin());
        room.change(terms.name(), terms.description(), pinHash, draft.entryFeeCents(), draft.ratePerMinuteCents(),
                draft.maxUsers());
        return lookup.view(room);
    }

    @Override
    public RoomView reopen(long operatorId, long roomId) {
        ChatRoom room = lookup.lockOwned(operatorId, roomId);
        room.reopen();
        return lookup.view(room);
    }

    @Override
    public RoomView close(long operatorId, long roomId) {
        ChatRoom room = lookup.lockOwned(operatorId, roomId);
        Instant now = Instant.now();
        List<Long> audience = presence.audience(room);
        room.close(now);
        for (RoomVisit visit : rooms.lockPresentVisits(roomId)) {
            visit.leave(LeftReason.ROOM_CLOSED, now);
        }
        push.send(new RoomActivity(roomId, RoomActivity.Kind.CLOSED, audience, operatorId, null,
                LeftReason.ROOM_CLOSED.toCustomer(), null, now, null, null, null));
        return RoomLookup.view(room, names.of(operatorId), 0);
    }

    @Override
    public List<RoomView> ownedBy(long operatorId) {
        String operatorName = names.of(operatorId);
        return rooms.ownedBy(operatorId).stream()
                .map(room -> RoomLookup.view(room, operatorName, rooms.presentCount(room.getId()))).toList();
    }

    @Override
    public long earnedCents(long operatorId, long roomId) {
        lookup.owned(operatorId, roomId);
        return rooms.earnedCents(roomId);
    }
}
