package com.aeims.jca.asterisk.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The AMI wire format both test peers speak: CRLF header lines, a blank line ending each packet. */
final class AmiWire {

    private AmiWire() {
    }

    /** The next packet's headers in order, or null when the client closed the connection. */
    static List<String[]> readPacket(BufferedReader in) throws IOException {
        List<String[]> headers = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!headers.isEmpty()) {
                    return headers;
                }
                continue;
            }
            int colon = line.indexOf(':');
            headers.add(colon < 0 ? new String[] {line, ""}
                    : new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
        }
        return null;
    }

    static void write(OutputStream out, String text) throws IOException {
        synchronized (out) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    static String response(String outcome, String actionId, String more) {
        StringBuilder text = new StringBuilder("Response: ").append(outcome).append("\r\n");
        if (actionId != null) {
            text.append("ActionID: ").append(actionId).append("\r\n");
        }
        return text.append(more).append("\r\n\r\n").toString();
    }

    static String packet(List<String[]> headers) {
        StringBuilder text = new StringBuilder();
        for (String[] header : headers) {
            text.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return text.append("\r\n").toString();
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The replies to the actions every AMI session handles the same way, or null for any other action. */
    static String common(String name, String actionId) {
        return switch (name.toLowerCase()) {
            case "ping" -> response("Success", actionId, "Ping: Pong\r\nTimestamp: " + System.currentTimeMillis() / 1000.0);
            case "logoff" -> response("Goodbye", actionId, "Message: Thanks for all the fish.");
            case "coresettings" -> response("Success", actionId, "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1"
                    + "\r\nSystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: "
                    + "\r\nCoreRunGroup: \r\nCoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No"
                    + "\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: No");
            default -> null;
        };
    }

    /** Login state of one connection: the MD5 challenge or plain secret, as Asterisk checks it. */
    static final class Login {
        private final String username;
        private final String secret;
        private String challenge;
        private boolean loggedIn;

        Login(String username, String secret) {
            this.username = username;
            this.secret = secret;
        }

        boolean loggedIn() {
            return loggedIn;
        }

        /** The reply when the action is part of logging in (or refused before it), else null. */
        String handle(String name, java.util.Map<String, String> action) {
            String actionId = action.get("actionid");
            if (name.equalsIgnoreCase("Challenge")) {
                challenge = Long.toString(System.nanoTime() & 0x7fffffffffffL);
                return response("Success", actionId, "Challenge: " + challenge);
            }
            if (name.equalsIgnoreCase("Login")) {
                boolean md5 = "md5".equalsIgnoreCase(action.get("authtype"));
                boolean matches = md5 ? challenge != null && md5Hex(challenge + secret)
                        .equalsIgnoreCase(action.getOrDefault("key", "")) : secret.equals(action.get("secret"));
                if (!username.equals(action.get("username")) || !matches) {
                    return response("Error", actionId, "Message: Authentication failed");
                }
                loggedIn = true;
                return null;
            }
            return loggedIn ? null : response("Error", actionId, "Message: Missing action in request");
        }
    }
}
