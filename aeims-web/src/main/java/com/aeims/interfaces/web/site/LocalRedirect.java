package com.aeims.interfaces.web.site;

/** Keeps "next" parameters pointing inside this application, so a link cannot bounce users to another site. */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static String sanitize(String next, String fallback) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return next;
    }
}
