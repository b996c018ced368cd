package com.aeims.interfaces.web.notification;

import com.aeims.application.notification.Notifications;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The notification list and the toast settings (which types, sound on or off, call requests texted or not). */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final int SHOWN = 50;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<String> enabledTypes = new ArrayList<>();
    private boolean sound;
    private boolean sms;

    @PostConstruct
    void load() {
        Notifications.Settings settings = notifications.settings(currentUser.requireId());
        enabledTypes = new ArrayList<>(settings.enabled().stream().map(Enum::name).toList());
        sound = settings.sound();
        sms = settings.smsNotices();
    }

    public List<Notifications.View> getRecent() {
        return notifications.recent(currentUser.requireId(), SHOWN);
    }

    public void saveSettings() {
        Set<NotificationType> enabled = EnumSet.noneOf(NotificationType.class);
        enabledTypes.forEach(name -> enabled.add(NotificationType.valueOf(name)));
        notifications.saveSettings(currentUser.requireId(), new Notifications.Settings(enabled, sound, sms));
        FieldMessages.info(faces, "Notification settings saved.");
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.requireId());
    }

    public NotificationType[] getTypes() {
        return NotificationType.values();
    }

    public List<String> getEnabledTypes() { return enabledTypes; }
    public void setEnabledTypes(List<String> enabledTypes) { this.enabledTypes = new ArrayList<>(enabledTypes); }
    public boolean isSound() { return sound; }
    public void setSound(boolean sound) { this.sound = sound; }
    public boolean isSms() { return sms; }
    public void setSms(boolean sms) { this.sms = sms; }
}
