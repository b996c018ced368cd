package com.aeims.jca.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dialplan's UserEvents against the class asterisk-java builds them into: a header without a setter would be
 * dropped without a word, so every header the committed dialplan sends must have one.
 */
class AeimsInboundEventTest {

    private static final Path DIALPLAN = Path.of(System.getProperty("aeims.asterisk-config", "../config/asterisk"))
            .resolve("extensions.conf");
    private static final Pattern USER_EVENT = Pattern.compile("UserEvent\\(AeimsInbound,(.*)\\)\\s*$");

    @Test
    void everyHeaderTheDialplanSendsHasASetterSoAsteriskJavaKeepsIt() throws IOException {
        Set<String> setters = Arrays.stream(AeimsInboundEvent.class.getMethods()).map(Method::getName)
                .filter(name -> name.startsWith("set")).map(name -> name.substring(3).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> headers = new TreeSet<>();
        for (String line : Files.readAllLines(DIALPLAN)) {
            Matcher step = USER_EVENT.matcher(line);
            if (step.find() && !line.strip().startsWith(";")) {
                for (String header : step.group(1).split(",")) {
                    headers.add(header.substring(0, header.indexOf(':')).strip());
                }
            }
        }

        assertEquals(Set.of("Caller", "Choice", "Did", "Step", "Verified"), headers);
        headers.forEach(header -> assertTrue(setters.contains(header.toLowerCase(Locale.ROOT)), header));
        assertTrue(setters.contains("linkedid"), "the caller's Linkedid, which keeps the step in its call's lane");
    }

    @Test
    void asteriskJavaKnowsTheEventByTheTypeTheDialplanGivesIt() {
        assertEquals("AeimsInbound", AmiEventConverter.amiName(AeimsInboundEvent.class),
                "UserEvent(AeimsInbound,...): asterisk-java registers the class under its name without \"Event\"");
    }
}
