package com.aeims.domain.model.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.domain.model.operator.WeeklyCalendar.Opening;
import com.aeims.domain.model.operator.WeeklyCalendar.Slot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static WeeklyCalendar sundays(String starts, String ends) {
        return new WeeklyCalendar(NEW_YORK, List.of(new Slot(DayOfWeek.SUNDAY, LocalTime.parse(starts),
                LocalTime.parse(ends))));
    }

    private static List<Opening> on(WeeklyCalendar calendar, String day) {
        Instant midnight = Instant.parse(day + "T00:00:00Z");
        return calendar.openings(midnight, midnight.plus(Duration.ofDays(2)));
    }

    @Test
    void sevenInTheEveningStaysSevenInTheEveningWhenTheClocksGoForward() {
        WeeklyCalendar evenings = sundays("19:00", "21:00");

        assertEquals(List.of(new Opening(Instant.parse("2027-03-08T00:00:00Z"), Instant.parse("2027-03-08T02:00:00Z"))),
                on(evenings, "2027-03-07"), "EST: UTC-5");
        assertEquals(List.of(new Opening(Instant.parse("2027-03-14T23:00:00Z"), Instant.parse("2027-03-15T01:00:00Z"))),
                on(evenings, "2027-03-14"), "EDT: UTC-4");
    }

    @Test
    void hoursTheSpringForwardSkipsStartWhenTheClockDoes() {
        assertEquals(List.of(new Opening(Instant.parse("2027-03-14T07:00:00Z"), Instant.parse("2027-03-14T08:00:00Z"))),
                on(sundays("02:00", "04:00"), "2027-03-14"), "02:00-04:00 is one real hour that night");
        assertTrue(on(sundays("02:30", "03:30"), "2027-03-14").isEmpty(), "02:30-03:30 never happens that night");
    }

    @Test
    void aBlockAcrossTheRepeatedAutumnHourLastsAsLongAsTheClockRunsIt() {
        assertEquals(List.of(new Opening(Instant.parse("2027-11-07T04:30:00Z"), Instant.parse("2027-11-07T07:30:00Z"))),
                on(sundays("00:30", "02:30"), "2027-11-07"), "00:30 EDT to 02:30 EST: three real hours");
    }

    @Test
    void openingsAreClippedToTheAskedTimeAndACallMustFitInOne() {
        WeeklyCalendar evenings = sundays("19:00", "21:00");
        Instant sevenThirty = Instant.parse("2027-03-15T00:30:00Z");

        assertEquals(List.of(new Opening(sevenThirty, Instant.parse("2027-03-15T01:00:00Z"))),
                evenings.openings(sevenThirty, Instant.parse("2027-03-16T00:00:00Z")));
        assertTrue(evenings.covers(sevenThirty, Duration.ofMinutes(30)));
        assertFalse(evenings.covers(sevenThirty, Duration.ofMinutes(31)));
    }

    @Test
    void overlappingBackwardsAndTooManyBlocksAreRefusedWithReasons() {
        WeeklyCalendar overlapping = new WeeklyCalendar(NEW_YORK, List.of(
                new Slot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)),
                new Slot(DayOfWeek.MONDAY, LocalTime.of(19, 0), LocalTime.of(21, 0)),
                new Slot(DayOfWeek.TUESDAY, LocalTime.of(23, 0), LocalTime.of(1, 0))));

        List<String> problems = overlapping.problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("overlaps"));
        assertTrue(problems.get(1).contains("midnight"));
        assertTrue(sundays("19:00", "21:00").problems().isEmpty());
    }
}
