package com.aeims.application.callback.internal;

import com.aeims.application.Refusal.Reason;
import com.aeims.application.ValidationFailure;
import com.aeims.application.callback.CallRequestRefused;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.callback.CallRequestRepository;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.WeeklyCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a callback may be booked: ahead enough, not too far, within the operator's hours, and not on a booked call. */
@ApplicationScoped
public class CallbackTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    @Inject
    private CallbackRules rules;

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CallRequestRepository requests;

    /** An IANA zone name as given, or a validation failure naming the field. */
    static String zoneName(String name) {
        try {
            return WeeklyCalendar.zone(name == null ? "" : name.strip()).getId();
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "time_zone", "Send your time zone, such as America/New_York");
        }
    }

    /** A time shown in a zone, such as "Tue 8 Dec 19:00". */
    static String shown(Instant at, String zone) {
        return ZonedDateTime.ofInstant(at, ZoneId.of(zone)).format(SHOWN);
    }

    /** The call fits the operator's hours, far enough ahead, and clear of the calls they accepted. */
    void requireBookable(Operator operator, Instant startsAt, Duration length, Instant now, String field) {
        if (startsAt.isBefore(now.plus(rules.minimumLead()))) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Choose a time at least "
                    + rules.minimumLead().toMinutes() + " minutes from now");
        }
        if (startsAt.isAfter(now.plus(Duration.ofDays(rules.maxDaysAhead())))) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Choose a time within the next "
                    + rules.maxDaysAhead() + " days");
        }
        WeeklyCalendar calendar = calendars.calendar(operator.getId());
        if (!calendar.covers(startsAt, length)) {
            throw ValidationFailure.of("OUTSIDE_HOURS", field, operator.getDisplayName() + " takes scheduled calls"
                    + " only in their hours; choose one of the openings shown");
        }
        requireFree(operator, startsAt, length, now);
    }

    /** The time is still ahead and no call the operator accepted overlaps it. */
    void requireFree(Operator operator, Instant startsAt, Duration length, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new CallRequestRefused(Reason.NOT_POSSIBLE_NOW, "TOO_LATE", "That time has passed");
        }
        Instant ends = startsAt.plus(length);
        boolean taken = requests.acceptedOf(operator.getId(),
                        startsAt.minus(Duration.ofMinutes(rules.maxMinutes())), ends).stream()
                .anyMatch(other -> overlaps(other, startsAt, ends));
        if (taken) {
            throw new CallRequestRefused(Reason.NOT_POSSIBLE_NOW, "SLOT_TAKEN", operator.getDisplayName()
                    + " has another call booked then; choose another time");
        }
    }

    private static boolean overlaps(CallRequest other, Instant starts, Instant ends) {
        Instant otherStarts = other.getScheduledAt().orElseThrow();
        Instant otherEnds = otherStarts.plus(Duration.ofMinutes(other.getTerms().durationMinutes()));
        return otherStarts.isBefore(ends) && otherEnds.isAfter(starts);
    }
}
