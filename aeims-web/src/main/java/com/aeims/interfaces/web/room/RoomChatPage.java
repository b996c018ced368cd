package com.aeims.interfaces.web.room;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomChat;
import com.aeims.application.room.RoomMember;
import com.aeims.application.room.RoomView;
import com.aeims.application.room.RoomVisits;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What the host's and the customer's room pages share: the room, who is in it, what was said, and saying something.
 * New lines and comings and goings arrive over the "rooms" websocket and are added by the page's script; a push that
 * changes more than that makes the page call {@link #refresh()}.
 */
public abstract class RoomChatPage implements Serializable {

    static final int HISTORY = 100;

    @Inject
    protected RoomVisits visits;

    @Inject
    protected RoomChat chat;

    @Inject
    protected CurrentUser currentUser;

    @Inject
    protected FacesContext faces;

    protected Long id;
    protected RoomView room;
    protected List<RoomMember> members = List.of();
    protected List<RoomChat.Line> history = List.of();
    private String text;
    // a new key per message sent: a resubmitted form says its message once
    private String sendKey = UUID.randomUUID().toString();

    /** viewAction: a room this page may not show is "not found", as one that does not exist. */
    public void open() throws IOException {
        try {
            if (id != null) {
                load();
            }
        } catch (UnknownEntityException missing) {
            room = null;
        }
        if (room == null || !mayShow()) {
            faces.getExternalContext().responseSendError(404, "No such room");
            faces.responseComplete();
            return;
        }
        opened();
    }

    /** Reads the room and what this page shows of it. */
    protected abstract void load();

    protected abstract boolean mayShow();

    /** After the room has been found and may be shown. */
    protected void opened() {
    }

    public abstract boolean isHost();

    public abstract boolean isInside();

    public void say() {
        try {
            chat.say(currentUser.requireId(), id, text, sendKey);
            text = null;
            sendKey = UUID.randomUUID().toString();
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "say", failure);
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "message");
            load();
        }
    }

    /** After a push that changes who is in the room, or the customer's own visit. */
    public void refresh() {
        load();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RoomView getRoom() { return room; }
    public List<RoomMember> getMembers() { return members; }
    public List<RoomChat.Line> getHistory() { return history; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
