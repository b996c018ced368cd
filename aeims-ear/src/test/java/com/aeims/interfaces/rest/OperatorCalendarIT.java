package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator's weekly hours for scheduled calls over the API: kept as wall-clock times in their zone, so a customer
 * elsewhere sees 19:00 New York move against UTC when New York's clocks change, and bad hours are refused clearly.
 */
class OperatorCalendarIT extends AeimsIT {

    private static final String SUNDAY_EVENINGS = "{\"time_zone\": \"America/New_York\", \"slots\": ["
            + "{\"weekday\": \"sunday\", \"starts\": \"19:00\", \"ends\": \"21:00\"}]}";

    private ApiClient operator;
    private long operatorId;

    @BeforeEach
    void operator() throws Exception {
        String email = TestAccounts.createStaff(new ApiClient(baseUri()), "OPERATOR", "flirts-nyc");
        operatorId = TestAccounts.idOf(email);
        operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(email, TestAccounts.PASSWORD).status());
    }

    @Test
    void sundayEveningsInNewYorkAreOneHourEarlierInUtcOnceItsClocksGoForward() {
        JsonObject empty = operator.get("api/operator/calendar").json();
        assertEquals("UTC", empty.getString("time_zone"));
        assertTrue(empty.getJsonArray("slots").isEmpty());

        ApiClient.Reply saved = operator.put("api/operator/calendar", SUNDAY_EVENINGS);

        assertEquals(200, saved.status(), saved.body());
        assertEquals("America/New_York", operator.get("api/operator/calendar").json().getString("time_zone"));
        ApiClient visitor = new ApiClient(baseUri());
        JsonObject before = opening(visitor, "2027-03-07");
        JsonObject after = opening(visitor, "2027-03-14");
        assertEquals("2027-03-08T00:00:00Z", before.getString("starts"), "19:00 EST");
        assertEquals("2027-03-08T00:00Z", before.getString("local_starts"), "midnight in London");
        assertEquals("2027-03-14T23:00:00Z", after.getString("starts"), "19:00 EDT");
        assertEquals("2027-03-15T01:00:00Z", after.getString("ends"));
        assertEquals("2027-03-14T23:00Z", after.getString("local_starts"), "eleven at night in London");
    }

    @Test
    void overlappingHoursAnUnknownZoneAndAnUnknownOperatorAreClearErrors() {
        ApiClient.Reply overlapping = operator.put("api/operator/calendar", "{\"time_zone\": \"America/New_York\","
                + " \"slots\": [{\"weekday\": \"monday\", \"starts\": \"18:00\", \"ends\": \"20:00\"},"
                + " {\"weekday\": \"monday\", \"starts\": \"19:00\", \"ends\": \"21:00\"}]}");
        ApiClient.Reply nowhere = operator.put("api/operator/calendar", SUNDAY_EVENINGS.replace("America/New_York",
                "Mars/Olympus_Mons"));
        ApiClient.Reply noWeekday = operator.put("api/operator/calendar", SUNDAY_EVENINGS.replace("sunday", "someday"));

        assertEquals(400, overlapping.status(), overlapping.body());
        assertTrue(overlapping.json().getJsonObject("fields").getString("slots").contains("overlaps"));
        assertEquals(400, nowhere.status());
        assertTrue(nowhere.json().getJsonObject("fields").containsKey("time_zone"));
        assertEquals(400, noWeekday.status());
        assertEquals("UTC", operator.get("api/operator/calendar").json().getString("time_zone"), "nothing saved");
        assertEquals(404, new ApiClient(baseUri()).get("api/operators/987654321/openings").status());
        assertEquals(400, new ApiClient(baseUri()).get("api/operators/" + operatorId + "/openings?days=90").status());
    }

    private JsonObject opening(ApiClient visitor, String sunday) {
        ApiClient.Reply reply = visitor.get("api/operators/" + operatorId + "/openings?from=" + sunday
                + "&days=2&tz=Europe/London");
        assertEquals(200, reply.status(), reply.body());
        JsonArray openings = reply.json().getJsonArray("openings");
        assertEquals(1, openings.size(), reply.body());
        return openings.getJsonObject(0);
    }
}
