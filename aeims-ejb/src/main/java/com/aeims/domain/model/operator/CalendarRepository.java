package com.aeims.domain.model.operator;

import java.util.Optional;

/** Operators' weekly hours for scheduled calls. Joins the caller's transaction. */
public interface CalendarRepository {

    /** The operator's calendar (empty hours in UTC until they set one); empty when there is no such operator. */
    Optional<WeeklyCalendar> find(long operatorId);

    /** Replaces the operator's hours and zone, locking the operator's row so two saves never interleave. */
    void replace(long operatorId, WeeklyCalendar calendar);
}
