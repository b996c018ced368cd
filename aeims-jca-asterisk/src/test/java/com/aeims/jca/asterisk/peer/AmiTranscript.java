package com.aeims.jca.asterisk.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded AMI session: packets the server sent ({@code <<}) and actions the client sent ({@code >>}), in order.
 * Each line of a recording is {@code seconds direction text}; an empty text ends a packet.
 */
public final class AmiTranscript {

    public enum Direction { FROM_SERVER, FROM_CLIENT }

    /** One AMI packet as recorded: its header lines in order (names may repeat, e.g. Variable). */
    public record Packet(double at, Direction direction, List<String[]> headers) {

        public String get(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        public String action() {
            return get("Action");
        }

        public Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            headers.forEach(h -> map.putIfAbsent(h[0], h[1]));
            return map;
        }
    }

    private final String banner;
    private final List<Packet> packets;

    private AmiTranscript(String banner, List<Packet> packets) {
        this.banner = banner;
        this.packets = List.copyOf(packets);
    }

    public static AmiTranscript load(String name) {
        try (InputStream in = AmiTranscript.class.getResourceAsStream("/ami-transcripts/" + name + ".transcript")) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AmiTranscript parse(String text) {
        String banner = null;
        List<Packet> packets = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        Direction currentDirection = null;
        double currentAt = 0;
        for (String raw : text.split("\n")) {
            String line = raw.stripLeading();
            if (line.isEmpty()) {
                continue;
            }
            int firstSpace = line.indexOf(' ');
            double at = Double.parseDouble(line.substring(0, firstSpace));
            String rest = line.substring(firstSpace + 1);
            Direction direction = rest.startsWith("<<") ? Direction.FROM_SERVER : Direction.FROM_CLIENT;
            String content = rest.length() > 3 ? rest.substring(3) : "";
            if (banner == null && content.startsWith("Asterisk Call Manager/")) {
                banner = content.replace("\\r\\n", "").replaceAll("\\s+\\[banner]$", "").strip();
                continue;
            }
            if (content.isEmpty()) {
                if (!current.isEmpty()) {
                    packets.add(new Packet(currentAt, currentDirection, current));
                    current = new ArrayList<>();
                }
                continue;
            }
            if (current.isEmpty()) {
                currentDirection = direction;
                currentAt = at;
            }
            int colon = content.indexOf(':');
            String name = colon < 0 ? content : content.substring(0, colon);
            String value = colon < 0 ? "" : content.substring(colon + 1).strip();
            current.add(new String[] {name, value});
        }
        if (!current.isEmpty()) {
            packets.add(new Packet(currentAt, currentDirection, current));
        }
        return new AmiTranscript(banner == null ? "Asterisk Call Manager/11.0.0" : banner, packets);
    }

    public String banner() {
        return banner;
    }

    public List<Packet> packets() {
        return packets;
    }
}
