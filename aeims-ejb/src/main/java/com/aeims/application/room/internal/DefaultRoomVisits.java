package com.aeims.application.room.internal;

import com.aeims.application.PriceChanged;
import com.aeims.application.Push;
import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomActivity;
import com.aeims.application.room.RoomPrice;
import com.aeims.application.room.RoomRefused;
import com.aeims.application.room.RoomView;
import com.aeims.application.room.RoomVisits;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.room.RoomRepository;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.domain.model.room.RoomVisit.LeftReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Stateless
public class DefaultRoomVisits implements RoomVisits {

    /** Five wrong PINs in ten minutes for one customer and room lock that customer out of it for ten minutes. */
    static final int PIN_FAILURES_ALLOWED = 5;
    static final int PIN_WINDOW_MINUTES = 10;
    /**
     * Twenty wrong PINs in an hour from anyone pause PIN entry to the room, so throwaway accounts cannot share out the
     * guessing of a four-digit PIN; invited customers still get in.
     */
    static final int ROOM_PIN_FAILURES_ALLOWED = 20;
    static final int ROOM_PIN_WINDOW_MINUTES = 60;
    /** An invitation lets its customer in without the PIN for a day. */
    static final int INVITATION_HOURS = 24;

    @Inject
    private RoomRepository rooms;

    @Inject
    private RoomLookup lookup;

    @Inject
    private RoomPresence presence;

    @Inject
    private RoomCharges charges;

    @Inject
    private Ledger ledger;

    @Inject
    private Push push;

    @Override
    public List<RoomView> search(long siteId, String text, Integer minRateCents, Integer maxRateCents) {
        return rooms.openOnSite(siteId, text, minRateCents, maxRateCents).stream()
                .map(listed -> RoomLookup.view(listed.room(), listed.operatorName(), listed.present())).toList();
    }

    @Override
    public RoomView find(long roomId) {
        return lookup.view(lookup.existing(roomId));
    }

    @Override
    public Joined join(long customerId, long roomId, String pin, String visitKey, RoomPrice seen) {
        if (visitKey != null && visitKey.strip().length() > MAX_VISIT_KEY) {
            throw ValidationFailure.of("VALIDATION_FAILED", "visit_key", "Use at most " + MAX_VISIT_KEY
                    + " characters");
        }
        // the room row is the lock that keeps two joins from both taking the last place
        ChatRoom room = rooms.lock(roomId).orElseThrow(() -> RoomLookup.noSuchRoom(roomId));
        if (!room.isActive()) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "ROOM_CLOSED", "This room is closed");
        }
        Optional<RoomVisit> inside = rooms.presentVisit(roomId, customerId);
        if (inside.isPresent()) {
            return new Joined(inside.get().getId(), 0, ledger.availableCents(customerId), true);
        }
        if (rooms.isBanned(roomId, customerId)) {
            throw new RoomRefused(Reason.NOT_PERMITTED, "BANNED", "The host has banned you from this room");
        }
        requireSeenPrice(room, seen);
        if (rooms.presentCount(roomId) >= room.getMaxUsers()) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "ROOM_FULL", "This room is full");
        }
        long needed = (long) room.getEntryFeeCents() + room.getRatePerMinuteCents();
        if (ledger.availableCents(customerId) < needed) {
            throw new LedgerException(LedgerException.Reason.INSUFFICIENT_FUNDS,
                    "Joining needs the entry fee and the first minute (" + Cents.dollars(needed)
                            + "); please add funds");
        }
        // last, so only an account that could pay gets a guess checked, and a guess learns nothing else
        if (room.isPinProtected() && !rooms.invitedWithin(roomId, customerId, INVITATION_HOURS)) {
            checkPin(room, customerId, pin);
        }
        String key = "room-visit:" + customerId + ":" + (visitKey == null || visitKey.isBlank()
                ? UUID.randomUUID().toString() : visitKey.strip());
        if (rooms.visitKeyUsed(key)) {
            throw new RoomRefused(Reason.NOT_POSSIBLE_NOW, "VISIT_KEY_USED",
                    "That visit key belongs to an earlier visit");
        }
        Instant now = Instant.now();
        RoomVisit visit = new RoomVisit(roomId, customerId, key, room.getRatePerMinuteCents(), now);
        if (room.getEntryFeeCents() > 0) {
            Posting entry = charges.charge(key, room, customerId, room.getEntryFeeCents(),
                    "Entry to " + room.getName());
            visit.entryPaid(entry.id(), room.getEntryFeeCents());
        }
        if (room.getRatePerMinuteCents() > 0) {
            charges.charge(visit.nextMinuteKey(), room, customerId, room.getRatePerMinuteCents(),
                    room.getName() + ", minute 1");
        }
        visit.minutePaid();
        long balance = ledger.availableCents(customerId);
        if (visit.warnAboutFunds(balance >= room.getRatePerMinuteCents())) {
            push.send(RoomActivity.toOne(roomId, RoomActivity.Kind.LOW_FUNDS, customerId,
                    RoomVisit.LOW_FUNDS_WARNING, visit.getPaidUntil(), null, balance, null));
        }
        rooms.add(visit);
        presence.moveIn(room, visit, now);
        return new Joined(visit.getId(), needed, balance, false);
    }

    /** Under the room's lock, so the price cannot change between this check and the charges. */
    private static void requireSeenPrice(ChatRoom room, RoomPrice seen) {
        long fee = room.getEntryFeeCents();
        long rate = room.getRatePerMinuteCents();
        if (seen.entryFeeCents() != fee || seen.ratePerMinuteCents() != rate) {
            throw new PriceChanged(room.getName() + " now costs " + Cents.dollars(fee) + " to enter and "
                    + Cents.dollars(rate) + " a minute; join again to accept the new price",
                    Map.of("entry_fee", fee, "rate_per_minute", rate));
        }
    }

    /**
     * A wrong PIN is recorded (and committed: this exception does not roll back) before it is refused. The room's row
     * is locked, so the room-wide count cannot be raced.
     */
    private void checkPin(ChatRoom room, long customerId, String pin) {
        if (rooms.pinFailuresWithin(room.getId(), customerId, PIN_WINDOW_MINUTES) >= PIN_FAILURES_ALLOWED) {
            throw new RoomRefused(Reason.TOO_MANY_ATTEMPTS, "PIN_LOCKED", "Too many wrong PINs; try again in "
                    + PIN_WINDOW_MINUTES + " minutes");
        }
        if (rooms.pinFailuresWithin(room.getId(), ROOM_PIN_WINDOW_MINUTES) >= ROOM_PIN_FAILURES_ALLOWED) {
            throw new RoomRefused(Reason.TOO_MANY_ATTEMPTS, "PIN_PAUSED", "Too many wrong PINs were tried for this"
                    + " room, so it takes none for a while; ask the host for an invitation or try again later");
        }
        if (pin == null || pin.isBlank() || !PasswordHash.parse(room.getPinHash()).matches(pin.strip().toCharArray())) {
            rooms.addPinFailure(room.getId(), customerId);
            throw new RoomRefused(Reason.NOT_PERMITTED, "WRONG_PIN", "That PIN is not right");
        }
    }

    @Override
    public void leave(long customerId, long roomId) {
        ChatRoom room = lookup.existing(roomId);
        rooms.lockPresentVisit(roomId, customerId)
                .ifPresent(visit -> presence.moveOut(room, visit, LeftReason.LEFT, Instant.now()));
    }

    @Override
    public Visit stillHere(long customerId, long roomId) {
        RoomVisit visit = rooms.lockLatestVisit(roomId, customerId)
                .orElseThrow(() -> new RoomRefused(Reason.NOT_FOUND, "NOT_IN_ROOM", "You have not joined this room"));
        visit.seen(Instant.now());
        return view(visit);
    }

    @Override
    public void stillHere(Map<Long, ? extends Collection<Long>> customersByRoom) {
        rooms.seen(customersByRoom, Instant.now());
    }

    @Override
    public Optional<Visit> visit(long customerId, long roomId) {
        return rooms.latestVisit(roomId, customerId).map(this::view);
    }

    private Visit view(RoomVisit visit) {
        long balance = ledger.availableCents(visit.getCustomerId());
        return new Visit(visit.getId(), visit.isPresent(),
                visit.getLeftReason() == null ? null : visit.getLeftReason().name(), visit.getMinutesCharged(),
                visit.getEntryFeeCents() + visit.getMinuteCents(), visit.getPaidUntil(), balance,
                balance >= visit.getRatePerMinuteCents());
    }
}
