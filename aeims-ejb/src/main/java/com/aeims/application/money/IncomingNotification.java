package com.aeims.application.money;

import java.util.Map;

/** A notification as it reached the server: who sent it, its query parameters and its body, untouched. */
public record IncomingNotification(String sourceAddress, Map<String, String> query, String body) {

    public IncomingNotification {
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }
}
