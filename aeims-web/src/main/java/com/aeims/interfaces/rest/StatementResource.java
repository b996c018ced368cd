package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.Statements;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

@Path("/statement")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    private Statements statements;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response statement(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("type") String type) {
        PostingKind kind = null;
        if (type != null && !type.isBlank()) {
            try {
                kind = PostingKind.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailure.of("VALIDATION_FAILED", "type", "Unknown type " + type);
            }
        }
        JsonArrayBuilder lines = JsonBuilders.array();
        Statements.Statement statement = statements.customerStatement(currentUser.requireId(), date("from", from),
                date("to", to), kind);
        statement.lines().forEach(line -> lines.add(JsonBuilders.object()
                        .add("posting_id", line.postingId())
                        .add("date", line.at().toString())
                        .add("type", line.kind().name().toLowerCase(Locale.ROOT))
                        .add("description", line.description())
                        .add("amount", Amounts.dollars(line.amountCents()))
                        .add("balance", Amounts.dollars(line.balanceCents()))));
        // at most Statements.MAX_LINES, newest first; "more" asks for an earlier "to" to read on
        return ApiResponses.ok(ApiResponses.success().add("lines", lines).add("more", statement.more()));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Use the date format YYYY-MM-DD");
        }
    }
}
