package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.notification.Notifications;
import com.aeims.domain.model.notification.NotificationType;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The logged-in user's notifications and toast settings. */
@Path("/notifications")
@RequestScoped
@RolesAllowed({"customer", "operator", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response recent() {
        long me = currentUser.requireId();
        JsonArrayBuilder list = JsonBuilders.array();
        notifications.recent(me, 50).forEach(n -> list.add(JsonBuilders.object()
                .add("id", n.id()).add("type", n.type().name().toLowerCase()).add("color", n.type().color())
                .add("title", n.title()).add("body", n.body()).add("link", n.link() == null ? "" : n.link())
                .add("created_at", n.createdAt().toString()).add("read", n.read())));
        return ApiResponses.ok(ApiResponses.success().add("unread", notifications.unreadCount(me))
                .add("notifications", list));
    }

    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(currentUser.requireId(), id);
        return ApiResponses.ok(ApiResponses.success().add("unread", notifications.unreadCount(currentUser.requireId())));
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        notifications.markAllRead(currentUser.requireId());
        return ApiResponses.ok(ApiResponses.success().add("unread", 0));
    }

    @GET
    @Path("/settings")
    public Response settings() {
        return ApiResponses.ok(settingsJson(notifications.settings(currentUser.requireId())));
    }

    /**
     * {@code {"types": {"chat_message": true, ...}, "sound": false, "sms": true}}; what is left out keeps its setting.
     * {@code sms}: call request notices also go to the account's confirmed phone.
     */
    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveSettings(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        Notifications.Settings current = notifications.settings(currentUser.requireId());
        Set<NotificationType> enabled = current.enabled().isEmpty() ? EnumSet.noneOf(NotificationType.class)
                : EnumSet.copyOf(current.enabled());
        if (json.containsKey("types")) {
            if (json.get("types").getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationFailure.of("VALIDATION_FAILED", "types", "types must map each type to true or false");
            }
            json.getJsonObject("types").forEach((name, value) -> {
                NotificationType type;
                try {
                    type = NotificationType.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw ValidationFailure.of("VALIDATION_FAILED", "types", "Unknown notification type " + name);
                }
                if (value == JsonValue.TRUE) {
                    enabled.add(type);
                } else if (value == JsonValue.FALSE) {
                    enabled.remove(type);
                } else {
                    throw ValidationFailure.of("VALIDATION_FAILED", "types", name + " must be true or false");
                }
            });
        }
        boolean sound = flag(json, "sound", current.sound());
        return ApiResponses.ok(settingsJson(notifications.saveSettings(currentUser.requireId(),
                new Notifications.Settings(enabled, sound, flag(json, "sms", current.smsNotices())))));
    }

    private static boolean flag(JsonObject json, String field, boolean current) {
        if (!json.containsKey(field)) {
            return current;
        }
        if (json.get(field) != JsonValue.TRUE && json.get(field) != JsonValue.FALSE) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, field + " must be true or false");
        }
        return json.getBoolean(field);
    }

    private static JsonObjectBuilder settingsJson(Notifications.Settings settings) {
        JsonObjectBuilder types = JsonBuilders.object();
        for (NotificationType type : NotificationType.values()) {
            types.add(type.name().toLowerCase(), settings.enabled().contains(type));
        }
        return ApiResponses.success().add("types", types).add("sound", settings.sound())
                .add("sms", settings.smsNotices());
    }
}
