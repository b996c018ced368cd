package com.aeims.jca.asterisk.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A manager.conf user's {@code eventfilter} lines as Asterisk applies them: each a POSIX extended regular expression
 * searched for (not anchored unless it says so) in the whole event as it goes on the wire ({@code Event: Name\r\n...});
 * a {@code !} before one excludes what it matches. An event passes when no include is given or one matches, and no
 * exclude matches. Action responses are never filtered (the PBX filters only events).
 */
public final class EventFilter {

    public static final EventFilter EVERYTHING = new EventFilter(List.of(), List.of());

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    private EventFilter(List<Pattern> includes, List<Pattern> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /** The legacy {@code eventfilter = ...} lines of {@code [user]} in a manager.conf. */
    public static EventFilter ofManagerConf(Path managerConf, String user) {
        List<String> lines;
        try {
            lines = Files.readAllLines(managerConf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + managerConf, e);
        }
        List<Pattern> includes = new ArrayList<>();
        List<Pattern> excludes = new ArrayList<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[") && line.contains("]")) {
                section = line.substring(1, line.indexOf(']'));
            } else if (user.equals(section) && line.startsWith("eventfilter") && line.contains("=")
                    && line.substring("eventfilter".length()).strip().startsWith("=")) {
                String expression = line.substring(line.indexOf('=') + 1).strip();
                boolean exclude = expression.startsWith("!");
                (exclude ? excludes : includes).add(Pattern.compile(javaRegex(exclude ? expression.substring(1)
                        : expression)));
            }
        }
        return new EventFilter(includes, excludes);
    }

    /** The POSIX bracket classes Asterisk's regcomp knows, in Java's spelling. */
    private static String javaRegex(String posix) {
        return posix.replace("[[:space:]]", "\\s").replace("[:space:]", "\\s").replace("[[:alnum:]]", "\\p{Alnum}")
                .replace("[[:alpha:]]", "\\p{Alpha}").replace("[[:digit:]]", "\\d");
    }

    public boolean passes(String event) {
        if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(event).find())) {
            return false;
        }
        return excludes.stream().noneMatch(p -> p.matcher(event).find());
    }
}
