package com.aeims.interfaces.web.room;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.message.TextService;
import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomMember;
import com.aeims.application.room.RoomModeration;
import com.aeims.interfaces.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A room for its operator ({@code /operator/room.xhtml}): talk, see who is in and what the room earns, ask someone
 * to leave, ban, lift bans, invite, change the room's settings, close and reopen it. Another operator's room is "not
 * found".
 */
@Named
@ViewScoped
public class RoomHostPage extends RoomChatPage {

    @Inject
    private RoomAdministration administration;

    @Inject
    private RoomModeration moderation;

    @Inject
    private TextService texts;

    private List<RoomMember> banned = List.of();
    private List<TextService.CustomerRelation> invitable = List.of();
    private long earnedCents;
    private Long inviteCustomerId;
    private final RoomSettingsForm settings = new RoomSettingsForm();

    @Override
    protected void load() {
        room = visits.find(id);
        if (!isHost()) {
            return;
        }
        long me = currentUser.requireId();
        members = chat.members(me, id);
        history = chat.history(me, id, HISTORY);
        banned = moderation.banned(me, id);
        earnedCents = administration.earnedCents(me, id);
        invitable = texts.customersOf(me);
    }

    @Override
    protected boolean mayShow() {
        return isHost();
    }

    @Override
    protected void opened() {
        settings.fill(room);
    }

    public void kick(long customerId) {
        moderate(customerId, false);
    }

    public void ban(long customerId) {
        moderate(customerId, true);
    }

    private void moderate(long customerId, boolean ban) {
        try {
            moderation.remove(currentUser.requireId(), id, customerId, ban);
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room");
        }
        load();
    }

    public void liftBan(long customerId) {
        moderation.liftBan(currentUser.requireId(), id, customerId);
        load();
    }

    public void invite() {
        if (inviteCustomerId == null) {
            FieldMessages.show(faces, "invite", ValidationFailure.of("VALIDATION_FAILED", "customer",
                    "Choose a customer"));
            return;
        }
        try {
            moderation.invite(currentUser.requireId(), id, inviteCustomerId);
            FieldMessages.info(faces, "Invitation sent.");
            inviteCustomerId = null;
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room");
        }
    }

    public void save() {
        try {
            administration.change(currentUser.requireId(), id, settings.draft(), settings.isRemovePin());
            settings.saved();
            FieldMessages.info(faces, "Saved. New prices apply to visits that start from now on.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "settings", failure);
        }
        load();
    }

    public void reopen() {
        administration.reopen(currentUser.requireId(), id);
        FieldMessages.info(faces, "The room is open again.");
        load();
    }

    public void close() {
        administration.close(currentUser.requireId(), id);
        FieldMessages.info(faces, "The room is closed; everyone in it has been moved out and billing has stopped.");
        load();
    }

    @Override
    public boolean isHost() {
        return room != null && currentUser.isOperator() && room.operatorId() == currentUser.requireId();
    }

    @Override
    public boolean isInside() {
        return isHost();
    }

    public RoomSettingsForm getSettings() { return settings; }
    public List<RoomMember> getBanned() { return banned; }
    public List<TextService.CustomerRelation> getInvitable() { return invitable; }
    public long getEarnedCents() { return earnedCents; }
    public Long getInviteCustomerId() { return inviteCustomerId; }
    public void setInviteCustomerId(Long inviteCustomerId) { this.inviteCustomerId = inviteCustomerId; }
}
