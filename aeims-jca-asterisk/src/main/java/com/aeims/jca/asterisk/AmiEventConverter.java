package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.UserEvent;

/**
 * Turns asterisk-java's typed events back into plain AMI data, so nothing outside the adapter depends on
 * asterisk-java. The getters of each event class are looked up once.
 */
final class AmiEventConverter {

    private static final Set<String> NOT_FIELDS = Set.of("getClass", "getSource", "getDateReceived", "getTimestamp",
            "getChannelVariables", "getInternalActionId", "getDynamicProperties");

    private final Map<Class<?>, List<Getter>> getters = new ConcurrentHashMap<>();

    private record Getter(String field, Method method) {
    }

    AmiEvent convert(ManagerEvent event) {
        Map<String, String> fields = new HashMap<>();
        for (Getter getter : getters.computeIfAbsent(event.getClass(), AmiEventConverter::findGetters)) {
            Object value = read(getter.method(), event);
            if (value != null) {
                fields.putIfAbsent(getter.field(), value.toString());
            }
        }
        Map<String, String> variables = event.getChannelVariables() == null ? Map.of() : event.getChannelVariables();
        Double timestamp = event.getTimestamp();
        Instant asteriskTime = timestamp == null ? null
                : Instant.ofEpochSecond(0, Math.round(timestamp * 1_000_000d) * 1_000L);
        Instant received = event.getDateReceived() == null ? Instant.now() : event.getDateReceived().toInstant();
        if (event instanceof UserEvent) {
            // as on the wire: "Event: UserEvent" with the dialplan's type in its own header
            fields.put("userevent", amiName(event.getClass()));
            return new AmiEvent("UserEvent", fields, variables, received, asteriskTime);
        }
        return new AmiEvent(amiName(event.getClass()), fields, variables, received, asteriskTime);
    }

    static String amiName(Class<?> eventClass) {
        String simple = eventClass.getSimpleName();
        return simple.endsWith("Event") ? simple.substring(0, simple.length() - "Event".length()) : simple;
    }

    private static List<Getter> findGetters(Class<?> type) {
        List<Getter> found = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            Class<?> returned = method.getReturnType();
            if (name.startsWith("get") && name.length() > 3 && method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers()) && !NOT_FIELDS.contains(name)
                    && !method.isAnnotationPresent(Deprecated.class)
                    && (returned == String.class || Number.class.isAssignableFrom(returned)
                        || returned == Boolean.class || returned.isPrimitive())) {
                found.add(new Getter(name.substring(3).toLowerCase(Locale.ROOT), method));
            }
        }
        return List.copyOf(found);
    }

    private static Object read(Method method, ManagerEvent event) {
        try {
            return method.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            return null;
        }
    }
}
