package com.aeims.interfaces.rest;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.operator.OperatorDirectory;
import com.aeims.application.operator.OperatorSearch;
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

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") long id) {
        return directory.findOnSite(id, currentSite.getId())
                .map(o -> ApiResponses.ok(ApiResponses.success().add("operator", Representations.operator(o))))
                .orElseThrow(() -> new UnknownEntityException("OPERATOR_NOT_FOUND",
                        "No operator " + id + " on this site"));
    }
}
