package com.aeims.jca.asterisk.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated Asterisk for whole call flows on loopback: it speaks the AMI wire protocol and, for each Originate,
 * replays the events a real Asterisk 22 sent for a recorded scenario (chosen by the customer's number in the
 * originated channel; see {@link ReplayedCall}), with fresh Uniqueids, channel names and bridge ids per call, the
 * caller's ActionID, call id and numbers, and {@code Timestamp} headers ({@code timestampevents = yes}) on a clock
 * the script can stretch. Events go to every logged-in session the event filter lets them through to, as Asterisk
 * does; a session that is down misses them, while the PBX's channel event log (CEL) gets every one it records.
 */
public final class AmiPbx implements AutoCloseable {

    private static final Pattern DIALLED_NUMBER = Pattern.compile("^[^/]+/([^@/]+)@");
    private static final Pattern CALLER_NUMBER = Pattern.compile("<([^>]*)>");

    private final String username;
    private final String secret;
    private final ServerSocket server;
    private final ScheduledExecutorService player;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, CallScript> scripts = new ConcurrentHashMap<>();
    private final Map<String, ReplayedCall> liveCalls = new ConcurrentHashMap<>();
    private final Map<String, AmiTranscript> transcripts = new ConcurrentHashMap<>();
    private final List<Map<String, String>> actionsReceived = new CopyOnWriteArrayList<>();
    /** Channels in the dialplan outside replayed calls (those that sent a UserEvent), which a Redirect can move. */
    private final Set<String> dialplanChannels = ConcurrentHashMap.newKeySet();
    private final AtomicLong uniqueIds = new AtomicLong();
    private final AtomicInteger channelSequence = new AtomicInteger(0x1000);
    private final AtomicInteger originates = new AtomicInteger();
    private final long uniqueIdBase = System.currentTimeMillis() / 1000;
    private final List<ReplayedCall> heldCalls = new CopyOnWriteArrayList<>();
    private final List<ReplayedCall> talkingCalls = new CopyOnWriteArrayList<>();
    private final ReplayedCall.Pbx forCalls = new ForCalls();
    private volatile CallScript defaultScript = CallScript.bridged(Duration.ofSeconds(60));
    private volatile EventFilter eventFilter = EventFilter.EVERYTHING;
    private volatile ChannelEventSink channelEventLog = row -> { };
    private volatile boolean holdingCalls;
    private volatile boolean refusing;
    private volatile Path recordingsDirectory;

    public AmiPbx(String username, String secret, int port) throws IOException {
        this.username = username;
        this.secret = secret;
        this.server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress());
        this.player = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "ami-pbx-player");
            thread.setDaemon(true);
            return thread;
        });
        Thread acceptor = new Thread(this::acceptLoop, "ami-pbx-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What happens to calls originated to this customer number. */
    public void script(String customerNumber, CallScript script) {
        scripts.put(customerNumber, script);
    }

    /** What happens to calls to numbers without a script of their own. */
    public void defaultScript(CallScript script) {
        this.defaultScript = script;
    }

    /** Sends only the events this filter passes, as manager.conf's {@code eventfilter} lines make Asterisk do. */
    public void eventFilter(EventFilter filter) {
        this.eventFilter = filter;
    }

    /** Where the PBX writes its channel event log (Asterisk's cel_pgsql), whether or not any session is up. */
    public void channelEventLog(ChannelEventSink sink) {
        this.channelEventLog = sink;
    }

    /**
     * While on, originated calls are accepted but their events wait, rendered, until {@link #releaseHeldCalls()}:
     * how a benchmark makes many calls' event streams arrive at once.
     */
    public void holdCalls(boolean holding) {
        this.holdingCalls = holding;
    }

    public int heldCallCount() {
        return heldCalls.size();
    }

    /** Plays every held call's whole event stream now, on as many threads as the PBX has. */
    public void releaseHeldCalls() {
        List<ReplayedCall> released = List.copyOf(heldCalls);
        heldCalls.clear();
        released.forEach(call -> player.execute(call::playPrerendered));
    }

    /**
     * Plays every held call's events up to its talk now (ringing, answers, bridge) and keeps the rest for
     * {@link #hangUpTalkingCalls()}: the set-ups of many calls in one burst, their hang-ups in another.
     */
    public void releaseHeldCallsUntilTheirTalk() {
        List<ReplayedCall> released = List.copyOf(heldCalls);
        heldCalls.clear();
        talkingCalls.addAll(released);
        released.forEach(call -> player.execute(call::playPrerenderedSetUp));
    }

    /** Plays the rest of every call released by {@link #releaseHeldCallsUntilTheirTalk()}: their hang-ups. */
    public void hangUpTalkingCalls() {
        List<ReplayedCall> ending = List.copyOf(talkingCalls);
        talkingCalls.clear();
        ending.forEach(call -> player.execute(call::playPrerenderedEnding));
    }

    public int originatesReceived() {
        return originates.get();
    }

    /**
     * Sends a UserEvent as the dialplan's {@code UserEvent()} application does: the channel's snapshot, then the
     * event's own headers, in the order given. Its channel can then be redirected.
     */
    public void userEvent(Map<String, String> headers) {
        if (headers.containsKey("Channel")) {
            dialplanChannels.add(headers.get("Channel"));
        }
        List<String[]> packet = new ArrayList<>();
        packet.add(new String[] {"Event", "UserEvent"});
        packet.add(new String[] {"Privilege", "user,all"});
        headers.forEach((name, value) -> packet.add(new String[] {name, value}));
        broadcast(AmiWire.packet(packet));
    }

    public List<Map<String, String>> actionsReceived() {
        return actionsReceived;
    }

    public boolean hasLoggedInSession() {
        return connections.stream().anyMatch(c -> c.login.loggedIn());
    }

    /** Calls whose channels are still up. */
    public int liveCallCount() {
        return (int) liveCalls.values().stream().filter(call -> !call.isEnded()).count();
    }

    /** Ends a call that waits to be ended, as a party hanging up would. */
    public void endCall(String customerNumber) {
        liveCalls.values().stream().filter(call -> call.number.equals(customerNumber) && !call.isEnded())
                .forEach(ReplayedCall::requestEnd);
    }

    /**
     * Cuts every AMI session and refuses new ones until the returned handle is closed: calls go on, and whatever
     * happens to them meanwhile is never told to the application.
     */
    public AutoCloseable outage() throws IOException {
        refusing = true;
        for (Connection connection : connections) {
            connection.socket.close();
        }
        connections.clear();
        return () -> refusing = false;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (refusing) {
                    socket.close();
                    continue;
                }
                Connection connection = new Connection(socket);
                connections.add(connection);
                Thread session = new Thread(connection::serve, "ami-pbx-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void broadcast(String packet) {
        if (!eventFilter.passes(packet)) {
            return;
        }
        for (Connection connection : connections) {
            if (connection.login.loggedIn()) {
                try {
                    AmiWire.write(connection.out, packet);
                } catch (IOException gone) {
                    connections.remove(connection);
                }
            }
        }
    }

    private final class Connection {
        private final Socket socket;
        private final AmiWire.Login login = new AmiWire.Login(username, secret);
        private OutputStream out;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void serve() {
            try (socket; BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                out = socket.getOutputStream();
                AmiWire.write(out, "Asterisk Call Manager/11.0.0\r\n");
                List<String[]> packet;
                while ((packet = AmiWire.readPacket(in)) != null) {
                    Map<String, String> action = new HashMap<>();
                    List<String> variables = new ArrayList<>();
                    for (String[] header : packet) {
                        action.putIfAbsent(header[0].toLowerCase(Locale.ROOT), header[1]);
                        if (header[0].equalsIgnoreCase("Variable")) {
                            variables.add(header[1]);
                        }
                    }
                    actionsReceived.add(action);
                    if (handle(action, variables)) {
                        return;
                    }
                }
            } catch (IOException dropped) {
                // the client went away or an outage cut it
            } finally {
                connections.remove(this);
            }
        }

        /** Answers one action; true when the session ends. */
        private boolean handle(Map<String, String> action, List<String> variables) throws IOException {
            String name = action.getOrDefault("action", "");
            String actionId = action.get("actionid");
            boolean wasLoggedIn = login.loggedIn();
            String loginReply = login.handle(name, action);
            if (loginReply != null) {
                AmiWire.write(out, loginReply);
                return false;
            }
            if (!wasLoggedIn && login.loggedIn()) {
                AmiWire.write(out, AmiWire.response("Success", actionId, "Message: Authentication accepted"));
                AmiWire.write(out, "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 100\r\nLastReload: 100"
                        + "\r\nStatus: Fully Booted\r\n\r\n");
                return false;
            }
            String common = AmiWire.common(name, actionId);
            if (common != null) {
                AmiWire.write(out, common);
                return name.equalsIgnoreCase("Logoff");
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "originate" -> originate(action, variables, out);
                case "hangup" -> endByAction(action.get("channel"), actionId, -1, "Message: Channel Hungup", out);
                case "absolutetimeout" -> endByAction(action.get("channel"), actionId,
                        Integer.parseInt(action.getOrDefault("timeout", "0")), "Message: Timeout Set", out);
                case "coreshowchannels" -> showChannels(actionId, out);
                case "setvar" -> AmiWire.write(out, AmiWire.response("Success", actionId, "Message: Variable Set"));
                // Asterisk's own words (manager.c action_redirect)
                case "redirect" -> AmiWire.write(out, dialplanChannels.contains(action.getOrDefault("channel", ""))
                        ? AmiWire.response("Success", actionId, "Message: Redirect successful")
                        : AmiWire.response("Error", actionId, "Message: Channel specified does not exist"));
                default -> AmiWire.write(out, AmiWire.response("Error", actionId, "Message: Invalid/unknown command"));
            }
            return false;
        }
    }

    private void originate(Map<String, String> action, List<String> variables, OutputStream out) throws IOException {
        originates.incrementAndGet();
        String channel = action.getOrDefault("channel", "");
        Matcher dialled = DIALLED_NUMBER.matcher(channel);
        String number = dialled.find() ? dialled.group(1) : channel;
        String callId = null;
        boolean recorded = false;
        for (String variable : variables) {
            for (String assignment : variable.split(",")) {
                String stripped = assignment.strip().replaceFirst("^_+", "");
                if (stripped.startsWith("AEIMS_CALL_ID=")) {
                    callId = stripped.substring("AEIMS_CALL_ID=".length());
                }
                recorded |= stripped.equals("AEIMS_RECORD=1");
            }
        }
        Matcher callerNumber = CALLER_NUMBER.matcher(action.getOrDefault("callerid", ""));
        AmiWire.write(out, AmiWire.response("Success", action.get("actionid"),
                "Message: Originate successfully queued"));
        CallScript script = scripts.getOrDefault(number, defaultScript);
        ReplayedCall call = new ReplayedCall(forCalls, new ReplayedCall.Originated(number, action.get("exten"),
                callerNumber.find() ? callerNumber.group(1) : null, callId == null ? "c-123" : callId,
                action.get("actionid"), action.get("channelid"), action.get("otherchannelid"), recorded), script,
                transcripts.computeIfAbsent(script.transcript(), AmiTranscript::load));
        liveCalls.put(call.key, call);
        if (holdingCalls) {
            call.prerender();
            heldCalls.add(call);
        } else {
            call.start();
        }
    }

    /** What a replayed call uses of the PBX. */
    private final class ForCalls implements ReplayedCall.Pbx {

        @Override
        public void broadcast(String packet) {
            AmiPbx.this.broadcast(packet);
        }

        @Override
        public String freshUniqueId() {
            return uniqueIdBase + "." + uniqueIds.incrementAndGet();
        }

        @Override
        public int freshChannelSequence() {
            return channelSequence.incrementAndGet();
        }

        @Override
        public void execute(Runnable task) {
            player.execute(task);
        }

        @Override
        public void schedule(Runnable task, long millis) {
            player.schedule(task, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void log(ChannelEventSink.Row row) {
            channelEventLog.write(row);
        }

        @Override
        public void ended(ReplayedCall call) {
            liveCalls.remove(call.key);
            if (call.originated.recorded() && call.talked()) {
                recorded(call);
            }
        }
    }

    /**
     * What the committed dialplan does for a recorded call: MixMonitor writes the file into the monitor directory
     * and the originated channel's Cdr names it in UserField once the call is over.
     */
    private void recorded(ReplayedCall call) {
        String name = "aeims/" + call.callId + ".wav";
        Path directory = recordingsDirectory;
        if (directory != null) {
            try {
                RecordedAudio.write(directory, name, call.talkSeconds());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long talked = Math.round(call.talkSeconds());
        broadcast("Event: Cdr\r\nPrivilege: cdr,all\r\nAccountCode: \r\nSource: " + call.originated.platformNumber()
                + "\r\nDestination: " + call.originated.operatorNumber() + "\r\nDestinationContext: aeims-bridge"
                + "\r\nChannel: Local/" + call.number + "@aeims-customer;1\r\nDestinationChannel: \r\n"
                + "LastApplication: Dial\r\nDuration: " + talked + "\r\nBillableSeconds: " + talked
                + "\r\nDisposition: ANSWERED\r\nAMAFlags: DOCUMENTATION\r\nUniqueID: " + call.originated.channelId()
                + "\r\nUserField: recording:" + name + "\r\n\r\n");
    }

    /** Recorded calls' files are written under this directory, as MixMonitor writes them on a real PBX. */
    public void recordTo(Path directory) {
        this.recordingsDirectory = directory;
    }

    private void endByAction(String channel, String actionId, int afterSeconds, String message, OutputStream out)
            throws IOException {
        ReplayedCall call = liveCalls.values().stream().filter(c -> !c.isEnded() && c.channels.containsKey(channel))
                .findFirst().orElse(null);
        if (call == null) {
            AmiWire.write(out, AmiWire.response("Error", actionId, "Message: No such channel"));
            return;
        }
        AmiWire.write(out, AmiWire.response("Success", actionId, message));
        if (afterSeconds < 0) {
            call.requestEnd();
        } else {
            call.cutAfter(afterSeconds);
        }
    }

    private void showChannels(String actionId, OutputStream out) throws IOException {
        List<String> items = new ArrayList<>();
        for (ReplayedCall call : liveCalls.values()) {
            call.channels.forEach((channel, ids) -> items.add("Event: CoreShowChannel\r\n"
                    + (actionId == null ? "" : "ActionID: " + actionId + "\r\n")
                    + "Channel: " + channel + "\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nUniqueid: " + ids[0]
                    + "\r\nLinkedid: " + ids[1] + "\r\nChanVariable: AEIMS_CALL_ID=" + call.callId
                    + "\r\nApplication: Dial\r\nDuration: 00:00:01\r\nBridgeId: \r\n\r\n"));
        }
        StringBuilder reply = new StringBuilder(AmiWire.response("Success", actionId,
                "EventList: start\r\nMessage: Channels will follow"));
        items.forEach(reply::append);
        reply.append("Event: CoreShowChannelsComplete\r\n")
                .append(actionId == null ? "" : "ActionID: " + actionId + "\r\n")
                .append("EventList: Complete\r\nListItems: ").append(items.size()).append("\r\n\r\n");
        AmiWire.write(out, reply.toString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Connection connection : connections) {
            connection.socket.close();
        }
        player.shutdownNow();
    }
}
