package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.operator.CalendarRepository;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.domain.model.operator.WeeklyCalendar.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Optional<WeeklyCalendar> find(long operatorId) {
        List<?> zone = em.createNativeQuery("SELECT coalesce(calendar_zone, 'UTC') FROM operator WHERE account_id = ?1")
                .setParameter(1, operatorId).getResultList();
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT weekday, starts, ends FROM operator_calendar_slot"
                + " WHERE operator_id = ?1 ORDER BY weekday, starts").setParameter(1, operatorId).getResultList();
        List<Slot> slots = rows.stream().map(row -> (Object[]) row)
                .map(r -> new Slot(DayOfWeek.of(((Number) r[0]).intValue()), ((Time) r[1]).toLocalTime(),
                        ((Time) r[2]).toLocalTime())).toList();
        return Optional.of(new WeeklyCalendar(WeeklyCalendar.zone((String) zone.get(0)), slots));
    }

    @Override
    public void replace(long operatorId, WeeklyCalendar calendar) {
        em.createNativeQuery("UPDATE operator SET calendar_zone = ?1 WHERE account_id = ?2")
                .setParameter(1, calendar.zone().equals(ZoneOffset.UTC) ? "UTC" : calendar.zone().getId())
                .setParameter(2, operatorId).executeUpdate();
        em.createNativeQuery("DELETE FROM operator_calendar_slot WHERE operator_id = ?1").setParameter(1, operatorId)
                .executeUpdate();
        for (Slot slot : calendar.slots()) {
            em.createNativeQuery("INSERT INTO operator_calendar_slot (operator_id, weekday, starts, ends)"
                            + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, operatorId)
                    .setParameter(2, slot.day().getValue()).setParameter(3, Time.valueOf(slot.starts()))
                    .setParameter(4, Time.valueOf(slot.ends())).executeUpdate();
        }
    }
}
