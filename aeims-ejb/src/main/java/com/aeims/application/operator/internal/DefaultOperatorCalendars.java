package com.aeims.application.operator.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.operator.CalendarRepository;
import com.aeims.domain.model.operator.WeeklyCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@Stateless
public class DefaultOperatorCalendars implements OperatorCalendars {

    @Inject
    private CalendarRepository calendars;

    @Override
    public WeeklyCalendar calendar(long operatorId) {
        return calendars.find(operatorId).orElseThrow(() -> new UnknownEntityException("OPERATOR_NOT_FOUND",
                "No operator " + operatorId));
    }

    @Override
    public WeeklyCalendar replace(long operatorId, String timeZone, List<WeeklyCalendar.Slot> slots) {
        calendar(operatorId);
        ZoneId zone;
        try {
            zone = WeeklyCalendar.zone(timeZone == null ? "" : timeZone.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "time_zone", "Choose a time zone such as America/New_York");
        }
        WeeklyCalendar calendar = new WeeklyCalendar(zone, slots);
        List<String> problems = calendar.problems();
        if (!problems.isEmpty()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "slots", String.join("; ", problems));
        }
        calendars.replace(operatorId, calendar);
        return calendar;
    }

    @Override
    public List<WeeklyCalendar.Opening> openings(long operatorId, LocalDate from, int days, ZoneId viewerZone,
                                                 Instant now) {
        if (days < 1 || days > MAX_DAYS) {
            throw ValidationFailure.of("VALIDATION_FAILED", "days", "Ask for 1 to " + MAX_DAYS + " days");
        }
        Instant start = from.atStartOfDay(viewerZone).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(viewerZone).toInstant();
        return calendar(operatorId).openings(start.isBefore(now) ? now : start, end);
    }
}
