package com.aeims.interfaces;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;

/**
 * JSON builders from one provider, looked up once. {@code Json.createObjectBuilder()} looks the provider up through
 * the service loader on every call, which profiling showed as the largest single cost of live call pushes.
 */
public final class JsonBuilders {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonValue value(BigDecimal number) {
        return PROVIDER.createValue(number);
    }

    public static JsonValue value(String text) {
        return PROVIDER.createValue(text);
    }
}
