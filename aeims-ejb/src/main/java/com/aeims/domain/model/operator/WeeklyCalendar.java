package com.aeims.domain.model.operator;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When an operator takes scheduled calls: wall-clock hours per weekday in the operator's own time zone, so 19:00 stays
 * 19:00 across daylight-saving changes. Hours that do not exist on a spring-forward day start when the clock does
 * (02:30 becomes 03:30, as {@link ZonedDateTime#of} moves it); a block across the hour the autumn repeats lasts an hour
 * longer, as the operator's clock runs it.
 */
public record WeeklyCalendar(ZoneId zone, List<Slot> slots) {

    /** The most slots one calendar holds: enough for several blocks a day, every day. */
    public static final int MAX_SLOTS = 50;

    /** Hours on one weekday; a slot never crosses midnight (split it in two). */
    public record Slot(DayOfWeek day, LocalTime starts, LocalTime ends) {
    }

    /** An interval the operator is open for scheduled calls. */
    public record Opening(Instant starts, Instant ends) {
    }

    public static final Comparator<Slot> BY_TIME = Comparator.comparing(Slot::day).thenComparing(Slot::starts);

    public WeeklyCalendar {
        slots = slots.stream().sorted(BY_TIME).toList();
    }

    public static WeeklyCalendar empty(ZoneId zone) {
        return new WeeklyCalendar(zone, List.of());
    }

    /**
     * What is wrong with the slots, as messages for the person who entered them; empty when the calendar is valid.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (slots.size() > MAX_SLOTS) {
            problems.add("At most " + MAX_SLOTS + " blocks of hours");
        }
        Slot previous = null;
        for (Slot slot : slots) {
            if (!slot.ends().isAfter(slot.starts())) {
                problems.add(slot.day() + " " + slot.starts() + "-" + slot.ends() + " ends before it starts (split a"
                        + " night across midnight into two blocks)");
            } else if (previous != null && previous.day() == slot.day() && slot.starts().isBefore(previous.ends())) {
                problems.add(slot.day() + " " + slot.starts() + "-" + slot.ends() + " overlaps " + previous.starts()
                        + "-" + previous.ends());
            }
            previous = slot;
        }
        return problems;
    }

    /** The openings that fall between the two instants, clipped to them, in order. */
    public List<Opening> openings(Instant from, Instant to) {
        List<Opening> openings = new ArrayList<>();
        if (!to.isAfter(from)) {
            return openings;
        }
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (Slot slot : slots) {
                if (slot.day() != date.getDayOfWeek()) {
                    continue;
                }
                Instant starts = ZonedDateTime.of(date, slot.starts(), zone).toInstant();
                Instant ends = ZonedDateTime.of(date, slot.ends(), zone).toInstant();
                Instant clippedStart = starts.isBefore(from) ? from : starts;
                Instant clippedEnd = ends.isAfter(to) ? to : ends;
                if (clippedEnd.isAfter(clippedStart)) {
                    openings.add(new Opening(clippedStart, clippedEnd));
                }
            }
        }
        return openings;
    }

    /** Whether a call of this length starting at the instant lies wholly within one opening. */
    public boolean covers(Instant starts, Duration length) {
        Instant ends = starts.plus(length);
        return openings(starts.minus(Duration.ofDays(1)), ends.plus(Duration.ofDays(1))).stream()
                .anyMatch(opening -> !starts.isBefore(opening.starts()) && !ends.isAfter(opening.ends()));
    }

    /** The zone for an IANA name such as America/New_York. */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone: " + name, e);
        }
    }
}
