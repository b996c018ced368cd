package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Gives a logged-in operator weekly hours for scheduled calls that the next few hours lie well inside. */
public final class OperatorHours {

    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private OperatorHours() {
    }

    /**
     * 06:00-18:00 every day in a fixed-offset zone whose clock reads about noon now, so whatever the hour the tests
     * run, times from now to five hours ahead are in the operator's hours and eight hours ahead are not.
     *
     * @return the zone's name
     */
    public static String aroundNow(ApiClient operator) {
        int offset = Math.floorMod(12 - OffsetDateTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12;
        // the Etc zones count the other way round: Etc/GMT-3 is three hours ahead of UTC
        String zone = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
        StringBuilder slots = new StringBuilder();
        for (String day : DAYS) {
            slots.append(slots.isEmpty() ? "" : ",").append("{\"weekday\": \"").append(day)
                    .append("\", \"starts\": \"06:00\", \"ends\": \"18:00\"}");
        }
        ApiClient.Reply hours = operator.put("api/operator/calendar", "{\"time_zone\": \"" + zone + "\", \"slots\": ["
                + slots + "]}");
        assertEquals(200, hours.status(), hours.body());
        return zone;
    }
}
