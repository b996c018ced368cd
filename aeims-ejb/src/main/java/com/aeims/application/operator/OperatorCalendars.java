package com.aeims.application.operator;

import com.aeims.domain.model.operator.WeeklyCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Operators' weekly hours for scheduled calls, and when customers can book them in their own time zone. */
public interface OperatorCalendars {

    /** The longest stretch of openings one request lists. */
    int MAX_DAYS = 31;

    /** @throws com.aeims.application.UnknownEntityException when there is no such operator */
    WeeklyCalendar calendar(long operatorId);

    /**
     * Replaces the operator's hours.
     *
     * @throws com.aeims.application.ValidationFailure naming the zone or the blocks that are wrong
     */
    WeeklyCalendar replace(long operatorId, String timeZone, List<WeeklyCalendar.Slot> slots);

    /**
     * The operator's openings on the given days as the viewer counts them ({@code days} of their calendar from
     * {@code from}, midnight to midnight in {@code viewerZone}), none in the past.
     */
    List<WeeklyCalendar.Opening> openings(long operatorId, LocalDate from, int days, ZoneId viewerZone, Instant now);
}
