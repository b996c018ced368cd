package com.aeims.interfaces.web.room;

import com.aeims.application.Refusal;
import com.aeims.application.RoomService;
import com.aeims.application.TextService;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * One room, for a customer (join with the PIN unless invited, talk, see what the stay costs, leave) or for its
 * operator (talk, see who is in and what the room earns, ask someone to leave, ban, invite, close). New lines and
 * comings and goings arrive over the "rooms" websocket and are added by the page's script; this bean loads the
 * page and carries out what the person does.
 */
@Named
@ViewScoped
public class RoomPage implements Serializable {

    static final int HISTORY = 100;

    @Inject
    private RoomService rooms;

    @Inject
    private TextService texts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    @Inject
    private Money money;

    private Long id;
    private RoomService.RoomView room;
    private RoomService.Visit visit;
    private List<RoomService.Member> members = List.of();
    private List<RoomService.Line> history = List.of();
    private List<RoomService.Member> banned = List.of();
    private List<TextService.CustomerRelation> invitable = List.of();
    private long earnedCents;
    private String pin;
    private String text;
    private Long inviteCustomerId;
    private String sendKey = UUID.randomUUID().toString();
    private String editName;
    private String editDescription;
    private String editPin;
    private boolean removePin;
    private Integer editEntryFeeCents;
    private Integer editRateCents;
    private Integer editMaxUsers;
    private String visitKey = UUID.randomUUID().toString();

    /** viewAction: an unknown room, or someone else's room for an operator, is "not found". */
    public void open() throws IOException {
        try {
            if (id != null) {
                load();
            }
        } catch (UnknownEntityException missing) {
            room = null;
        }
        if (room == null || (currentUser.isOperator() && !isHost())) {
            faces.getExternalContext().responseSendError(404, "No such room");
            faces.responseComplete();
            return;
        }
        if (isHost()) {
            editName = room.name();
            editDescription = room.description();
            editEntryFeeCents = room.entryFeeCents();
            editRateCents = room.ratePerMinuteCents();
            editMaxUsers = room.maxUsers();
        }
    }

    private void load() {
        room = rooms.find(id);
        long me = currentUser.requireId();
        if (isHost()) {
            members = rooms.members(me, id);
            history = rooms.history(me, id, HISTORY);
            banned = rooms.banned(me, id);
            earnedCents = rooms.earnedCents(me, id);
            invitable = texts.customersOf(me);
        } else {
            visit = rooms.visit(me, id).orElse(null);
            boolean inside = visit != null && visit.present();
            members = inside ? rooms.members(me, id) : List.of();
            history = inside ? rooms.history(me, id, HISTORY) : List.of();
        }
    }

    public void join() {
        try {
            RoomService.Joined joined = rooms.join(currentUser.requireId(), id, pin, visitKey);
            pin = null;
            visitKey = UUID.randomUUID().toString();
            if (!joined.alreadyInside()) {
                FieldMessages.info(faces, "Welcome in. " + money.format(joined.chargedCents())
                        + " charged for entry and the first minute; your balance is "
                        + money.format(joined.balanceRemainingCents()) + ".");
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "join", failure);
        } catch (Refusal refused) {
            if ("WRONG_PIN".equals(refused.code()) || "PIN_LOCKED".equals(refused.code())) {
                FieldMessages.show(faces, "join", ValidationFailure.of(refused.code(), "pin", refused.getMessage()));
            } else {
                FieldMessages.refused(faces, refused, "room");
            }
        } catch (LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room's entry fee and first minute");
        }
        load();
    }

    public void leave() {
        rooms.leave(currentUser.requireId(), id);
        FieldMessages.info(faces, "You left the room; billing has stopped.");
        load();
    }

    public void say() {
        try {
            rooms.say(currentUser.requireId(), id, text, sendKey);
            text = null;
            sendKey = UUID.randomUUID().toString();
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "say", failure);
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "message");
            load();
        }
    }

    public void kick(long customerId) {
        moderate(customerId, false);
    }

    public void ban(long customerId) {
        moderate(customerId, true);
    }

    private void moderate(long customerId, boolean ban) {
        try {
            rooms.remove(currentUser.requireId(), id, customerId, ban);
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room");
        }
        load();
    }

    public void liftBan(long customerId) {
        rooms.liftBan(currentUser.requireId(), id, customerId);
        load();
    }

    public void invite() {
        if (inviteCustomerId == null) {
            FieldMessages.show(faces, "invite", ValidationFailure.of("VALIDATION_FAILED", "customer",
                    "Choose a customer"));
            return;
        }
        try {
            rooms.invite(currentUser.requireId(), id, inviteCustomerId);
            FieldMessages.info(faces, "Invitation sent.");
            inviteCustomerId = null;
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room");
        }
    }

    public void save() {
        try {
            rooms.change(currentUser.requireId(), id, new RoomService.Draft(editName, editDescription, editPin,
                    editEntryFeeCents, editRateCents, editMaxUsers), removePin);
            editPin = null;
            removePin = false;
            FieldMessages.info(faces, "Saved. New prices apply to visits that start from now on.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "settings", failure);
        }
        load();
    }

    public void reopen() {
        rooms.reopen(currentUser.requireId(), id);
        FieldMessages.info(faces, "The room is open again.");
        load();
    }

    public void close() {
        rooms.close(currentUser.requireId(), id);
        FieldMessages.info(faces, "The room is closed; everyone in it has been moved out and billing has stopped.");
        load();
    }

    /** After a push that changes who is in the room, or the customer's own visit. */
    public void refresh() {
        load();
    }

    public boolean isHost() {
        return room != null && currentUser.isOperator() && room.operatorId() == currentUser.requireId();
    }

    public boolean isInside() {
        return isHost() || (visit != null && visit.present());
    }

    public String getLeftReason() {
        return visit == null || visit.present() || visit.leftReason() == null ? null
                : RoomVisit.LeftReason.valueOf(visit.leftReason()).toCustomer();
    }

    public String getLowFundsWarning() { return RoomVisit.LOW_FUNDS_WARNING; }
    public String getEditName() { return editName; }
    public void setEditName(String editName) { this.editName = editName; }
    public String getEditDescription() { return editDescription; }
    public void setEditDescription(String editDescription) { this.editDescription = editDescription; }
    public String getEditPin() { return editPin; }
    public void setEditPin(String editPin) { this.editPin = editPin; }
    public boolean isRemovePin() { return removePin; }
    public void setRemovePin(boolean removePin) { this.removePin = removePin; }
    public Integer getEditEntryFeeCents() { return editEntryFeeCents; }
    public void setEditEntryFeeCents(Integer editEntryFeeCents) { this.editEntryFeeCents = editEntryFeeCents; }
    public Integer getEditRateCents() { return editRateCents; }
    public void setEditRateCents(Integer editRateCents) { this.editRateCents = editRateCents; }
    public Integer getEditMaxUsers() { return editMaxUsers; }
    public void setEditMaxUsers(Integer editMaxUsers) { this.editMaxUsers = editMaxUsers; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RoomService.RoomView getRoom() { return room; }
    public RoomService.Visit getVisit() { return visit; }
    public List<RoomService.Member> getMembers() { return members; }
    public List<RoomService.Line> getHistory() { return history; }
    public List<RoomService.Member> getBanned() { return banned; }
    public List<TextService.CustomerRelation> getInvitable() { return invitable; }
    public long getEarnedCents() { return earnedCents; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getInviteCustomerId() { return inviteCustomerId; }
    public void setInviteCustomerId(Long inviteCustomerId) { this.inviteCustomerId = inviteCustomerId; }
}
