package com.aeims.interfaces.web.room;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomView;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An operator's rooms: open a new one (the PIN is shown only while it is typed), close or reopen them. */
@Named
@ViewScoped
public class OperatorRoomsPage implements Serializable {

    @Inject
    private RoomAdministration rooms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private final RoomSettingsForm form = RoomSettingsForm.forNewRoom();
    private List<RoomView> mine = List.of();

    @PostConstruct
    void load() {
        mine = rooms.ownedBy(currentUser.requireId());
    }

    public void create() {
        try {
            RoomView room = rooms.create(currentUser.requireId(), form.draft());
            FieldMessages.info(faces, "\u201c" + room.name() + "\u201d is open" + (room.pinProtected()
                    ? "; share the PIN with the customers you want in, it is not shown again." : "."));
            form.opened();
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "create", failure);
        }
        load();
    }

    public void close(long roomId) {
        try {
            rooms.close(currentUser.requireId(), roomId);
            FieldMessages.info(faces, "Closed; everyone in it has been moved out and billing has stopped.");
        } catch (UnknownEntityException missing) {
            FieldMessages.refused(faces, missing, "room");
        }
        load();
    }

    public void reopen(long roomId) {
        try {
            rooms.reopen(currentUser.requireId(), roomId);
            FieldMessages.info(faces, "The room is open again.");
        } catch (UnknownEntityException missing) {
            FieldMessages.refused(faces, missing, "room");
        }
        load();
    }

    public List<RoomView> getRooms() { return mine; }
    public RoomSettingsForm getForm() { return form; }
}
