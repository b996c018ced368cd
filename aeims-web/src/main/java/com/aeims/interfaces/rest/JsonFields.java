package com.aeims.interfaces.rest;

import com.aeims.application.ValidationFailure;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads request fields with clear errors for missing or mistyped values. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonObject body(JsonObject body) {
        if (body == null) {
            throw ValidationFailure.of("MALFORMED_REQUEST", "body", "Send a JSON object");
        }
        return body;
    }

    static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw ValidationFailure.of("VALIDATION_FAILED", field, "Must be a string");
    }

    static String requiredText(JsonObject body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Required");
        }
        return value;
    }

    static LocalDate date(JsonObject body, String field) {
        String value = text(body, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Use the date format YYYY-MM-DD");
        }
    }

    static String idempotencyKey(JsonObject body) {
        String key = requiredText(body, "idempotency_key");
        if (key.length() > 100) {
            throw ValidationFailure.of("VALIDATION_FAILED", "idempotency_key", "Use at most 100 characters");
        }
        return key;
    }

    static long requiredLong(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw ValidationFailure.of("VALIDATION_FAILED", field, "Number out of range");
            }
        }
        throw ValidationFailure.of("VALIDATION_FAILED", field, value == null ? "Required" : "Must be a whole number");
    }

    static Integer integer(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw ValidationFailure.of("VALIDATION_FAILED", field, "Number out of range");
            }
        }
        throw ValidationFailure.of("VALIDATION_FAILED", field, "Must be a whole number");
    }

    /** The longest search text anyone types: a longer one is refused rather than matched against every row. */
    static final int MAX_SEARCH_TEXT = 100;

    static void searchText(String parameter, String text) {
        if (text != null && text.length() > MAX_SEARCH_TEXT) {
            throw ValidationFailure.of("VALIDATION_FAILED", parameter, "Search for at most " + MAX_SEARCH_TEXT
                    + " characters");
        }
    }

    static int requiredInt(JsonObject body, String field) {
        Integer value = integer(body, field);
        if (value == null) {
            throw ValidationFailure.of("VALIDATION_FAILED", field, "Required");
        }
        return value;
    }
}
