package com.aeims.interfaces.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP byte range of a resource of known size (RFC 9110 14.1.2): what a media player asks for as it seeks. */
record ByteRange(long first, long last, boolean whole) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The range asked for; the whole resource without a (usable) header; null when it lies past the end. */
    static ByteRange parse(String header, long size) {
        Matcher range = header == null ? null : SINGLE.matcher(header.strip());
        if (range == null || !range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            // no range, several ranges or a malformed one: the whole of it, as a server may answer
            return new ByteRange(0, size - 1, true);
        }
        try {
            if (range.group(1).isEmpty()) {
                long suffix = Long.parseLong(range.group(2));
                return suffix == 0 || size == 0 ? null : new ByteRange(Math.max(0, size - suffix), size - 1, false);
            }
            long first = Long.parseLong(range.group(1));
            long last = range.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(range.group(2)), size - 1);
            return first >= size || last < first ? null : new ByteRange(first, last, false);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    long length() {
        return last - first + 1;
    }
}
