package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.number.MonthlyFees;
import com.aeims.application.number.NumberProvider;
import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import com.aeims.domain.model.number.NumberType;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.NumberRepresentation;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * An operator's own numbers: {@code GET available?type=local&area_code=212&contains=77&locality=Brooklyn} lists
 * numbers on offer with their monthly fee; {@code POST {"phone_number": "+12125550123", "type": "local",
 * "idempotency_key": "..."}} buys one (the first month from the operator's earnings); {@code PUT /{id}} sets its rate;
 * {@code POST /{id}/pay} pays a fee that is due; {@code DELETE /{id}} gives one back.
 */
@Path("/operator/numbers")
@RequestScoped
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorNumberResource {

    private static final int FEES_LISTED = 50;

    @Inject
    private OperatorNumbers numbers;

    @Inject
    private MonthlyFees fees;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("/available")
    public Response available(@QueryParam("type") String type, @QueryParam("area_code") String areaCode,
                              @QueryParam("contains") String contains, @QueryParam("locality") String locality) {
        JsonFields.searchText("contains", contains);
        JsonFields.searchText("locality", locality);
        JsonArrayBuilder list = JsonBuilders.array();
        numbers.search(new NumberProvider.Search(type(type == null ? "local" : type), areaCode(areaCode), contains,
                locality)).forEach(offer -> list.add(NumberRepresentation.of(offer)));
        return ApiResponses.ok(ApiResponses.success().add("numbers", list));
    }

    /** The operator's numbers, and the monthly fees they took from the operator's earnings (the latest 50). */
    @GET
    public Response mine() {
        long me = currentUser.requireId();
        JsonArrayBuilder list = JsonBuilders.array();
        numbers.list(me).forEach(number -> list.add(NumberRepresentation.of(number)));
        JsonArrayBuilder fees = JsonBuilders.array();
        numbers.feesPaid(me, FEES_LISTED).forEach(fee -> fees.add(JsonBuilders.object()
                .add("at", fee.at().toString()).add("phone_number", fee.phoneNumber())
                .add("description", fee.description()).add("amount", Amounts.dollars(fee.amountCents()))));
        return ApiResponses.ok(ApiResponses.success().add("numbers", list).add("fees_paid", fees));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response buy(JsonObject body) {
        JsonObject json = JsonFields.body(body);
        NumberView bought = numbers.buy(currentUser.requireId(), JsonFields.requiredText(json, "phone_number"),
                type(JsonFields.requiredText(json, "type")), JsonFields.text(json, "locality"),
                JsonFields.text(json, "region"), JsonFields.idempotencyKey(json));
        return Response.status(201).entity(reply(bought).build()).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("/{id}")
    public Response release(@PathParam("id") long numberId) {
        return ApiResponses.ok(reply(numbers.release(currentUser.requireId(), numberId)));
    }

    /** Changes the number's rate: {@code {"rate_per_minute_cents": 299}}. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long numberId, JsonObject body) {
        JsonObject json = JsonFields.body(body);
        return ApiResponses.ok(reply(numbers.setRate(currentUser.requireId(), numberId,
                JsonFields.requiredInt(json, "rate_per_minute_cents"))));
    }

    /** Pays a fee that is due now from the operator's earnings (a suspended number takes calls again). */
    @POST
    @Path("/{id}/pay")
    public Response pay(@PathParam("id") long numberId) {
        return ApiResponses.ok(reply(fees.payNow(currentUser.requireId(), numberId)));
    }

    private static JsonObjectBuilder reply(NumberView number) {
        return ApiResponses.success().add("number", NumberRepresentation.of(number));
    }

    static NumberType type(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> NumberType.LOCAL;
            case "toll_free" -> NumberType.TOLL_FREE;
            default -> throw ValidationFailure.of("VALIDATION_FAILED", "type", "type is local or toll_free");
        };
    }

    private static Integer areaCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{3}")) {
            throw ValidationFailure.of("VALIDATION_FAILED", "area_code", "An area code is three digits, 200 to 999");
        }
        return Integer.valueOf(text.strip());
    }
}
