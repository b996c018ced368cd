package com.aeims.jca.asterisk.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Asterisk manager interface on loopback that speaks the real AMI wire protocol and replays recorded call
 * scenarios: the banner, Login/Logoff, ActionID-correlated responses, and the recorded events in their recorded
 * order. The recorded ActionIDs and the recorded AEIMS call id are rewritten to the client's own, so a client
 * sees exactly what a real Asterisk sent for that call. Connection n replays transcript n (the last one repeats),
 * which is how a dropped and restored AMI connection is scripted.
 */
public final class AmiPeer implements AutoCloseable {

    private static final String RECORDED_CALL_ID = "c-123";

    private final String username;
    private final String secret;
    private final List<AmiTranscript> connections;
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> actionsReceived = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    public AmiPeer(String username, String secret, List<AmiTranscript> connections) throws IOException {
        this.username = username;
        this.secret = secret;
        this.connections = List.copyOf(connections);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "ami-peer-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connectionsAccepted() {
        return accepted.get();
    }

    /** Every action any client sent, in order, as header maps. */
    public List<Map<String, String>> actionsReceived() {
        return actionsReceived;
    }

    /** Cuts every open connection, as a network failure or an Asterisk restart would. */
    public void dropConnections() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                int index = Math.min(accepted.getAndIncrement(), connections.size() - 1);
                open.add(socket);
                Thread session = new Thread(() -> serve(socket, connections.get(index)), "ami-peer-session-" + index);
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, AmiTranscript transcript) {
        Session session = new Session(transcript);
        try (socket; BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            write(out, transcript.banner() + "\r\n");
            List<String[]> packet;
            while ((packet = AmiWire.readPacket(in)) != null) {
                Map<String, String> action = new HashMap<>();
                packet.forEach(h -> action.putIfAbsent(h[0].toLowerCase(), h[1]));
                actionsReceived.add(action);
                for (String reply : session.answer(packet, action)) {
                    write(out, reply);
                }
                if ("logoff".equalsIgnoreCase(action.get("action"))) {
                    return;
                }
            }
        } catch (IOException dropped) {
            // the client went away or the test dropped the connection
        } finally {
            open.remove(socket);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        AmiWire.write(out, text);
    }

    /** One connection's walk through its transcript. */
    private final class Session {
        private final AmiTranscript transcript;
        private final Map<String, String> actionIds = new HashMap<>();
        private final AmiWire.Login login = new AmiWire.Login(username, secret);
        private int cursor;
        private String callId = RECORDED_CALL_ID;

        Session(AmiTranscript transcript) {
            this.transcript = transcript;
        }

        List<String> answer(List<String[]> packet, Map<String, String> action) {
            String name = action.getOrDefault("action", "");
            String actionId = action.get("actionid");
            String loginReply = login.handle(name, action);
            if (loginReply != null) {
                return List.of(loginReply);
            }
            for (String[] header : packet) {
                if (header[0].equalsIgnoreCase("Variable") && header[1].startsWith("AEIMS_CALL_ID=")) {
                    callId = header[1].substring("AEIMS_CALL_ID=".length());
                } else if (header[0].equalsIgnoreCase("Variable") && header[1].startsWith("__AEIMS_CALL_ID=")) {
                    callId = header[1].substring("__AEIMS_CALL_ID=".length());
                }
            }
            int recorded = findRecordedAction(name);
            if (recorded < 0) {
                return List.of(unscripted(name, actionId));
            }
            String recordedId = transcript.packets().get(recorded).get("ActionID");
            if (recordedId != null && actionId != null) {
                actionIds.put(recordedId, actionId);
            }
            List<String> replies = new ArrayList<>();
            cursor = recorded + 1;
            while (cursor < transcript.packets().size()
                    && transcript.packets().get(cursor).direction() == AmiTranscript.Direction.FROM_SERVER) {
                replies.add(render(transcript.packets().get(cursor)));
                cursor++;
            }
            return replies;
        }

        private int findRecordedAction(String name) {
            for (int i = cursor; i < transcript.packets().size(); i++) {
                AmiTranscript.Packet p = transcript.packets().get(i);
                if (p.direction() == AmiTranscript.Direction.FROM_CLIENT && name.equalsIgnoreCase(p.action())) {
                    return i;
                }
            }
            return -1;
        }

        private String unscripted(String name, String actionId) {
            String common = AmiWire.common(name, actionId);
            return common != null ? common : AmiWire.response("Error", actionId, "Message: Invalid/unknown command");
        }

        private String render(AmiTranscript.Packet packet) {
            StringBuilder text = new StringBuilder();
            for (String[] header : packet.headers()) {
                String value = header[1];
                if (header[0].equalsIgnoreCase("ActionID")) {
                    value = actionIds.getOrDefault(value, value);
                } else if (!RECORDED_CALL_ID.equals(callId)) {
                    value = value.replace(RECORDED_CALL_ID, callId);
                }
                text.append(header[0]).append(": ").append(value).append("\r\n");
            }
            return text.append("\r\n").toString();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
    }
}
