package com.aeims.interfaces.web.callback;

import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's weekly hours for booked calls: blocks of a weekday's wall-clock hours in their own time zone, added
 * and removed on the page and saved together.
 */
@Named
@ViewScoped
public class CalendarEditor implements Serializable {

    /** One block as the form edits it. */
    public static class Block implements Serializable {
        private String day = DayOfWeek.MONDAY.name();
        private String starts = "19:00";
        private String ends = "23:00";

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getStarts() { return starts; }
        public void setStarts(String starts) { this.starts = starts; }
        public String getEnds() { return ends; }
        public void setEnds(String ends) { this.ends = ends; }
    }

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String timeZone;
    private final List<Block> blocks = new ArrayList<>();

    @PostConstruct
    void load() {
        WeeklyCalendar calendar = calendars.calendar(currentUser.requireId());
        timeZone = calendar.zone().getId();
        calendar.slots().forEach(slot -> {
            Block block = new Block();
            block.setDay(slot.day().name());
            block.setStarts(slot.starts().toString());
            block.setEnds(slot.ends().toString());
            blocks.add(block);
        });
    }

    public void add() {
        blocks.add(new Block());
    }

    public void remove(Block block) {
        blocks.remove(block);
    }

    public void save() {
        List<WeeklyCalendar.Slot> slots = new ArrayList<>();
        try {
            for (Block block : blocks) {
                slots.add(new WeeklyCalendar.Slot(DayOfWeek.valueOf(block.getDay()), LocalTime.parse(block.getStarts()),
                        LocalTime.parse(block.getEnds())));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            FieldMessages.show(faces, "calendar", ValidationFailure.of("VALIDATION_FAILED", "slots",
                    "Give every block a weekday and times like 19:00"));
            return;
        }
        try {
            calendars.replace(currentUser.requireId(), timeZone, slots);
            FieldMessages.info(faces, "Your hours are saved.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "calendar", failure);
        }
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<Block> getBlocks() { return blocks; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
