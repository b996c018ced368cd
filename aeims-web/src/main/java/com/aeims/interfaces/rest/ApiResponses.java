package com.aeims.interfaces.rest;

import com.aeims.interfaces.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The API's one response shape: {@code {"success":true,...}} or {@code {"success":false,"error":...,"code":...}}. */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static JsonObjectBuilder success() {
        return JsonBuilders.object().add("success", true);
    }

    public static Response ok(JsonObjectBuilder body) {
        return Response.ok(body.build(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response error(int status, String code, String message) {
        return error(status, code, message, Map.of());
    }

    public static Response error(int status, String code, String message, Map<String, String> fields) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("success", false)
                .add("error", message)
                .add("code", code);
        if (!fields.isEmpty()) {
            JsonObjectBuilder fieldErrors = JsonBuilders.object();
            fields.forEach(fieldErrors::add);
            body.add("fields", fieldErrors);
        }
        JsonObject json = body.build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }
}
