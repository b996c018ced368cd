package com.aeims.interfaces.rest;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.application.operator.OperatorDirectory;
import com.aeims.application.operator.OperatorSearch;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Operators listed on the site the request is for. */
@Path("/operators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {

    /** Far past the last page of any real directory, and small enough that page times size stays an int. */
    static final int MAX_PAGE = 10_000;

    @Inject
    private OperatorDirectory directory;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private OperatorCalendars calendars;

    @GET
    public Response search(@QueryParam("online") @DefaultValue("false") boolean onlineOnly,
                           @QueryParam("min_rate_cents") Integer minRate,
                           @QueryParam("max_rate_cents") Integer maxRate,
                           @QueryParam("q") String text,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > 100) {
            return ApiResponses.error(400, "VALIDATION_FAILED", "page must be 0 to " + MAX_PAGE + " and size 1 to 100");
        }
        JsonFields.searchText("q", text);
        OperatorSearch search = new OperatorSearch(onlineOnly, minRate, maxRate, null, null, null, null, null, text);
        OperatorDirectory.Page result = directory.search(currentSite.getId(), search, page * size, size);
        JsonArrayBuilder operators = JsonBuilders.array();
        result.operators().forEach(o -> operators.add(Representations.operator(o)));
        return ApiResponses.ok(ApiResponses.success()
                .add("site", currentSite.getSite().getCode())
                .add("total", result.total())
                .add("operators", operators));
    }

    /**
     * When the operator takes scheduled calls, on {@code days} days from {@code from} as the viewer counts them in
     * {@code tz} (an IANA zone, UTC by default): each opening as instants and as the viewer's local times.
     */
    @GET
    @Path("/{id}/openings")
    public Response openings(@PathParam("id") long id, @QueryParam("from") String from,
                             @QueryParam("days") @DefaultValue("7") int days, @QueryParam("tz") String tz) {
        directory.findOnSite(id, currentSite.getId()).orElseThrow(() -> new UnknownEntityException(
                "OPERATOR_NOT_FOUND", "No operator " + id + " on this site"));
        ZoneId zone;
        LocalDate first;
        try {
            zone = tz == null || tz.isBlank() ? ZoneOffset.UTC : WeeklyCalendar.zone(tz.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "tz", "Give a time zone such as America/New_York");
        }
        try {
            first = from == null || from.isBlank() ? LocalDate.now(zone) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "from", "Give a date like 2027-03-14");
        }
        JsonArrayBuilder openings = JsonBuilders.array();
        calendars.openings(id, first, days, zone, Instant.now()).forEach(o -> openings.add(JsonBuilders.object()
                .add("starts", o.starts().toString()).add("ends", o.ends().toString())
                .add("local_starts", o.starts().atZone(zone).toOffsetDateTime().toString())
                .add("local_ends", o.ends().atZone(zone).toOffsetDateTime().toString())));
        return ApiResponses.ok(ApiResponses.success().add("time_zone", zone.getId()).add("openings", openings));
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") long id) {
        return directory.findOnSite(id, currentSite.getId())
                .map(o -> ApiResponses.ok(ApiResponses.success().add("operator", Representations.operator(o))))
                .orElseThrow(() -> new UnknownEntityException("OPERATOR_NOT_FOUND",
                        "No operator " + id + " on this site"));
    }
}
