package com.aeims.interfaces.rest;

import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    private CurrentSite currentSite;

    @GET
    @Path("/current")
    public Response current() {
        return ApiResponses.ok(ApiResponses.success().add("site", Representations.site(currentSite.getSite())));
    }
}
