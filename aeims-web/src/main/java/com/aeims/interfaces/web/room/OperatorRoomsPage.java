package com.aeims.interfaces.web.room;

import com.aeims.application.RoomService;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
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
    private RoomService rooms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String name;
    private String description;
    private String pin;
    private Integer entryFeeCents = 199;
    private Integer ratePerMinuteCents = 199;
    private Integer maxUsers = 20;
    private List<RoomService.RoomView> mine = List.of();

    @PostConstruct
    void load() {
        mine = rooms.ownedBy(currentUser.requireId());
    }

    public void create() {
        try {
            RoomService.RoomView room = rooms.create(currentUser.requireId(), new RoomService.Draft(name, description,
                    pin, entryFeeCents, ratePerMinuteCents, maxUsers));
            FieldMessages.info(faces, "\u201c" + room.name() + "\u201d is open" + (room.pinProtected()
                    ? "; share the PIN with the customers you want in, it is not shown again." : "."));
            name = null;
            description = null;
            pin = null;
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

    public List<RoomService.RoomView> getRooms() { return mine; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public Integer getEntryFeeCents() { return entryFeeCents; }
    public void setEntryFeeCents(Integer entryFeeCents) { this.entryFeeCents = entryFeeCents; }
    public Integer getRatePerMinuteCents() { return ratePerMinuteCents; }
    public void setRatePerMinuteCents(Integer ratePerMinuteCents) { this.ratePerMinuteCents = ratePerMinuteCents; }
    public Integer getMaxUsers() { return maxUsers; }
    public void setMaxUsers(Integer maxUsers) { this.maxUsers = maxUsers; }
}
