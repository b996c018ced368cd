package com.aeims.interfaces;

import java.net.URI;
import java.util.Optional;

/**
 * Whether a request that changes something came from one of our own pages, as the browser tells it: a browser names
 * the page's origin in {@code Origin} and how it relates to the target in {@code Sec-Fetch-Site}. A request with
 * neither comes from a program, not from a page a user was lured to; whether it may act is the login's business.
 * The target is the host and port the server sees (behind a proxy, what it forwards when forwarding is on).
 */
public final class SameOrigin {

    /** The header the pages' scripts send with every call to the JSON API: no cross-site form can send it. */
    public static final String API_HEADER = "X-AEIMS-Request";

    private SameOrigin() {
    }

    /** Why the request is refused, or empty when the browser says it came from this host (or says nothing). */
    public static Optional<String> refusal(String serverName, int serverPort, String origin, String fetchSite) {
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("Sec-Fetch-Site: " + fetchSite);
        }
        if (origin == null || isServer(origin, serverName, serverPort)) {
            return Optional.empty();
        }
        return Optional.of("Origin: " + origin);
    }

    /** The same for a request to {@code target}, whose port may be the scheme's own (left out of the URI). */
    public static Optional<String> refusal(URI target, String origin, String fetchSite) {
        return refusal(target.getHost(), port(target), origin, fetchSite);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        return scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
    }

    private static boolean isServer(String origin, String serverName, int serverPort) {
        try {
            URI page = URI.create(origin);
            return page.getHost() != null && page.getHost().equalsIgnoreCase(serverName) && port(page) == serverPort;
        } catch (IllegalArgumentException notAUri) {
            // "null" (a sandboxed frame, a file) and anything malformed is no page of ours
            return false;
        }
    }
}
