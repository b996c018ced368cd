package com.aeims.interfaces.web.room;

import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomView;
import java.io.Serializable;

/** The host's room settings as typed: the room's terms, a new PIN (never the current one) or none. */
public class RoomSettingsForm implements Serializable {

    private String name;
    private String description;
    private String pin;
    private boolean removePin;
    private Integer entryFeeCents;
    private Integer ratePerMinuteCents;
    private Integer maxUsers;

    /** A new room's form: the usual prices and size, to change as the operator likes. */
    static RoomSettingsForm forNewRoom() {
        RoomSettingsForm form = new RoomSettingsForm();
        form.entryFeeCents = 199;
        form.ratePerMinuteCents = 199;
        form.maxUsers = 20;
        return form;
    }

    void fill(RoomView room) {
        name = room.name();
        description = room.description();
        entryFeeCents = room.entryFeeCents();
        ratePerMinuteCents = room.ratePerMinuteCents();
        maxUsers = room.maxUsers();
    }

    RoomAdministration.Draft draft() {
        return new RoomAdministration.Draft(name, description, pin, entryFeeCents, ratePerMinuteCents, maxUsers);
    }

    /** A room was opened from this form: the next one starts with a blank name and PIN, at the same prices. */
    void opened() {
        name = null;
        description = null;
        pin = null;
    }

    /** The PIN typed is not kept once saved. */
    void saved() {
        pin = null;
        removePin = false;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public boolean isRemovePin() { return removePin; }
    public void setRemovePin(boolean removePin) { this.removePin = removePin; }
    public Integer getEntryFeeCents() { return entryFeeCents; }
    public void setEntryFeeCents(Integer entryFeeCents) { this.entryFeeCents = entryFeeCents; }
    public Integer getRatePerMinuteCents() { return ratePerMinuteCents; }
    public void setRatePerMinuteCents(Integer ratePerMinuteCents) { this.ratePerMinuteCents = ratePerMinuteCents; }
    public Integer getMaxUsers() { return maxUsers; }
    public void setMaxUsers(Integer maxUsers) { this.maxUsers = maxUsers; }
}
