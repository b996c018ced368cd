package com.aeims.interfaces.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP byte range of a resource of known size (RFC 9110 14.1.2): what a media player asks for as it seeks. */
record ByteRange(long first, long last, boolean whole) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /**
     * The range asked for; the whole resource without a usable header (none, several ranges, a malformed or
     * inverted one: ignored, as RFC 9110 lets a server); null when it starts past the end (416).
     */
    static ByteRange parse(String header, long size) {
        ByteRange whole = new ByteRange(0, size - 1, true);
        Matcher range = header == null ? null : SINGLE.matcher(header.strip());
        if (range == null || !range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            return whole;
        }
        if (range.group(1).isEmpty()) {
            long suffix = number(range.group(2));
            return suffix == 0 || size == 0 ? null : new ByteRange(Math.max(0, size - suffix), size - 1, false);
        }
        long first = number(range.group(1));
        long last = range.group(2).isEmpty() ? size - 1 : Math.min(number(range.group(2)), size - 1);
        if (first >= size) {
            return null;
        }
        return last < first ? whole : new ByteRange(first, last, false);
    }

    /** A position in the header; one too long for a long is past any end. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    long length() {
        return last - first + 1;
    }
}
