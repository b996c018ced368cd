package com.aeims.infrastructure.payment;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.IncomingNotification;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a CCBill webhook in its JSON format: CCBill sends every value as a string and puts the event type
 * in the query string; a field may come in either place.
 */
final class WebhookFields {

    private final Map<String, String> fields;

    private WebhookFields(Map<String, String> fields) {
        this.fields = fields;
    }

    static WebhookFields of(IncomingNotification notification) {
        Map<String, String> fields = new HashMap<>();
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(notification.body()))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "body",
                    "Send CCBill webhooks in JSON (the webhook format in CCBill's admin)");
        }
        body.forEach((name, value) -> {
            if (value instanceof JsonString text) {
                fields.put(name, text.getString());
            } else if (value instanceof JsonNumber number) {
                fields.put(name, number.toString());
            } else if (value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE) {
                fields.put(name, value.toString());
            }
        });
        fields.putAll(notification.query());
        return new WebhookFields(fields);
    }

    String optional(String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }

    String required(String name) {
        String value = optional(name);
        if (value.isEmpty()) {
            throw ValidationFailure.of("VALIDATION_FAILED", name, name + " is required");
        }
        return value;
    }

    /** An amount such as "25.00" in cents; more than two decimal places is not an amount CCBill sends. */
    long cents(String name) {
        try {
            BigDecimal amount = new BigDecimal(required(name));
            if (amount.signum() < 0) {
                throw new ArithmeticException("negative");
            }
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", name, name + " must be an amount such as 25.00");
        }
    }
}
