package com.aeims.interfaces.rest;

import com.aeims.application.operator.OperatorAccountService;
import com.aeims.interfaces.JsonBuilders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/admin")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    private OperatorAccountService operators;

    @GET
    @Path("/operators")
    public Response operators() {
        JsonArrayBuilder list = JsonBuilders.array();
        operators.allOperators().forEach(o -> list.add(Representations.operator(o)
                .add("email", o.getAccount().getEmail())
                .add("enabled", o.getAccount().isEnabled())
                .add("operator_share_percent", o.getOperatorSharePercent())));
        return ApiResponses.ok(ApiResponses.success().add("operators", list));
    }
}
