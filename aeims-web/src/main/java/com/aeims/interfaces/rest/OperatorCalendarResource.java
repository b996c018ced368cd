package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operator's own weekly hours for scheduled calls: {@code {"time_zone": "America/New_York", "slots":
 * [{"weekday": "monday", "starts": "19:00", "ends": "23:00"}]}}, wall-clock times in that zone.
 */
@Path("/operator/calendar")
@RequestScoped
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorCalendarResource {

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response calendar() {
        return ApiResponses.ok(reply(calendars.calendar(currentUser.requireId())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        JsonValue slots = json.get("slots");
        if (!(slots instanceof JsonArray list)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "slots", "Send the list of blocks (it may be empty)");
        }
        List<WeeklyCalendar.Slot> parsed = new ArrayList<>();
        for (JsonValue value : list) {
            if (!(value instanceof JsonObject slot)) {
                throw ValidationFailure.of("VALIDATION_FAILED", "slots", "Each block is an object");
            }
            parsed.add(slot(slot));
        }
        return ApiResponses.ok(reply(calendars.replace(currentUser.requireId(),
                JsonFields.requiredText(json, "time_zone"), parsed)));
    }

    private static WeeklyCalendar.Slot slot(JsonObject slot) {
        try {
            return new WeeklyCalendar.Slot(
                    DayOfWeek.valueOf(JsonFields.requiredText(slot, "weekday").strip().toUpperCase(Locale.ROOT)),
                    LocalTime.parse(JsonFields.requiredText(slot, "starts")),
                    LocalTime.parse(JsonFields.requiredText(slot, "ends")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "slots",
                    "Each block needs a weekday (monday to sunday) and times like 19:00");
        }
    }

    private static JsonObjectBuilder reply(WeeklyCalendar calendar) {
        JsonArrayBuilder slots = JsonBuilders.array();
        calendar.slots().forEach(slot -> slots.add(JsonBuilders.object()
                .add("weekday", slot.day().name().toLowerCase(Locale.ROOT))
                .add("starts", slot.starts().toString()).add("ends", slot.ends().toString())));
        return ApiResponses.success().add("time_zone", calendar.zone().getId()).add("slots", slots);
    }
}
