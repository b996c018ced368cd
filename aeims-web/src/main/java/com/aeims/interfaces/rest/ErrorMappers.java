package com.aeims.interfaces.rest;

import com.aeims.application.PriceChanged;
import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.interfaces.JsonBuilders;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into the API's JSON error shape; nothing leaks as an HTML error page. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class Validation implements ExceptionMapper<ValidationFailure> {
        @Override
        public Response toResponse(ValidationFailure failure) {
            String first = failure.fieldErrors().entrySet().stream().findFirst()
                    .map(e -> e.getKey() + ": " + e.getValue()).orElse("Invalid request");
            return ApiResponses.error(400, failure.code(), first, failure.fieldErrors());
        }
    }

    @Provider
    public static class Ledger implements ExceptionMapper<LedgerException> {
        @Override
        public Response toResponse(LedgerException refused) {
            return ApiResponses.error(status(refused.reason()), refused.reason().name(), refused.getMessage());
        }

        static int status(LedgerException.Reason reason) {
            return switch (reason) {
                case INSUFFICIENT_FUNDS -> 402;
                case ACCOUNT_FROZEN, SPENDING_LIMIT -> 403;
                case IDEMPOTENCY_CONFLICT, HOLD_CLOSED, ALREADY_REVERSED -> 409;
                case UNKNOWN_ACCOUNT, UNKNOWN_POSTING, UNKNOWN_HOLD -> 404;
                case INVALID_AMOUNT, INVALID_KEY, NOT_REVERSIBLE, BELOW_PAYOUT_MINIMUM -> 400;
            };
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal refused) {
            return ApiResponses.error(status(refused.reason()), refused.code(), refused.getMessage());
        }

        static int status(Refusal.Reason reason) {
            return switch (reason) {
                case NOT_PERMITTED -> 403;
                case NOT_POSSIBLE_NOW -> 409;
                case NOT_FOUND -> 404;
                case FUNDS_NEEDED -> 402;
                case TOO_MANY_ATTEMPTS -> 429;
                case SERVICE_UNAVAILABLE -> 503;
            };
        }
    }

    /** A changed price comes with the new one, named as the request names it, for the client to show and resend. */
    @Provider
    public static class ChangedPrice implements ExceptionMapper<PriceChanged> {
        @Override
        public Response toResponse(PriceChanged changed) {
            JsonObjectBuilder price = JsonBuilders.object();
            changed.currentCents().forEach((name, cents) -> price.add(name + "_cents", cents));
            JsonObject body = JsonBuilders.object().add("success", false).add("error", changed.getMessage())
                    .add("code", changed.code()).add("price", price).build();
            return Response.status(NotAllowed.status(changed.reason())).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body).build();
        }
    }

    @Provider
    public static class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
        @Override
        public Response toResponse(UnknownEntityException missing) {
            return ApiResponses.error(404, missing.code(), missing.getMessage());
        }
    }

    @Provider
    public static class BadJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException bad) {
            String detail = bad instanceof JsonParsingException ? "Request body is not valid JSON"
                    : "Request body has the wrong shape: " + bad.getMessage();
            return ApiResponses.error(400, "MALFORMED_REQUEST", detail);
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException unreadable) {
            return ApiResponses.error(400, "MALFORMED_REQUEST", "Request body is not valid JSON");
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "MALFORMED_REQUEST";
                case 401 -> "NOT_AUTHENTICATED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 406, 415 -> "UNSUPPORTED_MEDIA_TYPE";
                default -> "HTTP_" + status;
            };
            String message = e.getMessage() == null ? e.getResponse().getStatusInfo().getReasonPhrase()
                    : e.getMessage();
            return ApiResponses.error(status, code, message);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause()
                    : failure;
            if (cause instanceof ValidationFailure validation) {
                return new Validation().toResponse(validation);
            }
            if (cause instanceof LedgerException refused) {
                return new Ledger().toResponse(refused);
            }
            if (cause instanceof UnknownEntityException missing) {
                return new UnknownEntity().toResponse(missing);
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", failure);
            return ApiResponses.error(500, "INTERNAL_ERROR", "Something went wrong on our side; nothing was changed");
        }
    }
}
