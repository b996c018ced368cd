package com.aeims.jca.asterisk.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
 * originated channel), with fresh Uniqueids, channel names and bridge ids per call, the caller's ActionID and
 * AEIMS call id, and {@code Timestamp} headers ({@code timestampevents = yes}) on a clock the script can stretch.
 * Events go to every logged-in session, as Asterisk does; a session that is down misses them.
 */
public final class AmiPbx implements AutoCloseable {

    private static final String RECORDED_CALL_ID = "c-123";
    private static final Pattern UNIQUE_ID = Pattern.compile("\\b1\\d{9}\\.\\d+\\b");
    private static final Pattern CHANNEL_SEQUENCE = Pattern.compile("-([0-9a-f]{8});");
    private static final Pattern BRIDGE_ID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern DIALLED_NUMBER = Pattern.compile("^[^/]+/([^@]+)@");

    private final String username;
    private final String secret;
    private final ServerSocket server;
    private final ScheduledExecutorService player;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, CallScript> scripts = new ConcurrentHashMap<>();
    private final Map<String, LiveCall> liveCalls = new ConcurrentHashMap<>();
    private final Map<String, AmiTranscript> transcripts = new ConcurrentHashMap<>();
    private final List<Map<String, String>> actionsReceived = new CopyOnWriteArrayList<>();
    private final AtomicLong uniqueIds = new AtomicLong();
    private final AtomicInteger channelSequence = new AtomicInteger(0x1000);
    private final AtomicInteger originates = new AtomicInteger();
    private final long uniqueIdBase = System.currentTimeMillis() / 1000;
    private final List<LiveCall> heldCalls = new CopyOnWriteArrayList<>();
    private final List<LiveCall> talkingCalls = new CopyOnWriteArrayList<>();
    private volatile CallScript defaultScript = CallScript.bridged(Duration.ofSeconds(60));
    private volatile Set<String> eventFilter = Set.of();
    private volatile boolean holdingCalls;
    private volatile boolean refusing;

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

    /**
     * Sends only these events, as manager.conf's {@code eventfilter} lines make Asterisk do (responses to actions
     * are never filtered); empty sends everything.
     */
    public void eventFilter(Set<String> eventNames) {
        this.eventFilter = Set.copyOf(eventNames);
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
        List<LiveCall> released = List.copyOf(heldCalls);
        heldCalls.clear();
        released.forEach(call -> player.execute(call::playPrerendered));
    }

    /**
     * Plays every held call's events up to its talk now (ringing, answers, bridge) and keeps the rest for
     * {@link #hangUpTalkingCalls()}: the set-ups of many calls in one burst, their hang-ups in another.
     */
    public void releaseHeldCallsUntilTheirTalk() {
        List<LiveCall> released = List.copyOf(heldCalls);
        heldCalls.clear();
        talkingCalls.addAll(released);
        released.forEach(call -> player.execute(call::playPrerenderedSetUp));
    }

    /** Plays the rest of every call released by {@link #releaseHeldCallsUntilTheirTalk()}: their hang-ups. */
    public void hangUpTalkingCalls() {
        List<LiveCall> ending = List.copyOf(talkingCalls);
        talkingCalls.clear();
        ending.forEach(call -> player.execute(call::playPrerenderedEnding));
    }

    public int originatesReceived() {
        return originates.get();
    }

    public List<Map<String, String>> actionsReceived() {
        return actionsReceived;
    }

    public boolean hasLoggedInSession() {
        return connections.stream().anyMatch(c -> c.login.loggedIn());
    }

    /** Calls whose channels are still up. */
    public int liveCallCount() {
        return (int) liveCalls.values().stream().filter(call -> !call.ended).count();
    }

    /** Ends a call that waits to be ended, as a party hanging up would. */
    public void endCall(String customerNumber) {
        liveCalls.values().stream().filter(call -> call.number.equals(customerNumber) && !call.ended)
                .forEach(LiveCall::requestEnd);
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
        if (!eventFilter.isEmpty() && !eventFilter.contains(packet.substring("Event: ".length(),
                packet.indexOf('\r')))) {
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
        String callId = RECORDED_CALL_ID;
        for (String variable : variables) {
            for (String assignment : variable.split(",")) {
                String stripped = assignment.strip().replaceFirst("^_+", "");
                if (stripped.startsWith("AEIMS_CALL_ID=")) {
                    callId = stripped.substring("AEIMS_CALL_ID=".length());
                }
            }
        }
        AmiWire.write(out, AmiWire.response("Success", action.get("actionid"),
                "Message: Originate successfully queued"));
        CallScript script = scripts.getOrDefault(number, defaultScript);
        LiveCall call = new LiveCall(number, callId, action.get("actionid"), script,
                transcripts.computeIfAbsent(script.transcript(), AmiTranscript::load), action.get("channelid"),
                action.get("otherchannelid"));
        liveCalls.put(call.key, call);
        if (holdingCalls) {
            call.prerender();
            heldCalls.add(call);
        } else {
            call.start();
        }
    }

    private void endByAction(String channel, String actionId, int afterSeconds, String message, OutputStream out)
            throws IOException {
        LiveCall call = liveCalls.values().stream().filter(c -> !c.ended && c.channels.containsKey(channel))
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
        for (LiveCall call : liveCalls.values()) {
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

    /** One originated call being replayed. */
    private final class LiveCall {
        private final String key = UUID.randomUUID().toString();
        private final String number;
        private final String callId;
        private final String actionId;
        private final CallScript script;
        private final List<AmiTranscript.Packet> beforeGap = new ArrayList<>();
        private final List<AmiTranscript.Packet> afterGap = new ArrayList<>();
        private final Map<String, String> rewrites = new ConcurrentHashMap<>();
        private final Map<String, String[]> channels = new ConcurrentHashMap<>();
        private final double recordedStart;
        private final double recordedGapStart;
        private final double recordedGapEnd;
        private final long realStartNanos = System.nanoTime();
        private final double virtualStart = System.currentTimeMillis() / 1000.0;
        private volatile boolean waiting;
        private volatile boolean ended;
        private volatile double virtualGap;
        private Double cutAt;
        private List<String> prerendered;
        private List<Runnable> prerenderedTracking;

        LiveCall(String number, String callId, String actionId, CallScript script, AmiTranscript transcript,
                 String channelId, String otherChannelId) {
            this.number = number;
            this.callId = callId;
            this.actionId = actionId;
            this.script = script;
            List<AmiTranscript.Packet> events = new ArrayList<>();
            double start = 0;
            boolean afterOriginate = false;
            for (AmiTranscript.Packet packet : transcript.packets()) {
                if (packet.direction() == AmiTranscript.Direction.FROM_CLIENT) {
                    if ("Originate".equalsIgnoreCase(packet.action())) {
                        afterOriginate = true;
                        start = packet.at();
                    }
                } else if (afterOriginate && packet.get("Event") != null) {
                    events.add(packet);
                }
            }
            recordedStart = start;
            assignUniqueIds(events, channelId, otherChannelId);
            int gapAfter = 0;
            double widest = -1;
            for (int i = 0; i + 1 < events.size(); i++) {
                double gap = events.get(i + 1).at() - events.get(i).at();
                if (gap > widest) {
                    widest = gap;
                    gapAfter = i;
                }
            }
            boolean hasGap = widest > 0.5;
            for (int i = 0; i < events.size(); i++) {
                (hasGap && i > gapAfter ? afterGap : beforeGap).add(events.get(i));
            }
            recordedGapStart = hasGap ? events.get(gapAfter).at() : 0;
            recordedGapEnd = hasGap ? events.get(gapAfter + 1).at() : 0;
            virtualGap = script.talk().isZero() ? recordedGapEnd - recordedGapStart : script.talk().toMillis() / 1000.0;
        }

        /**
         * Originate's ChannelId becomes the originated channel's Uniqueid, and so every channel's Linkedid;
         * OtherChannelId the Uniqueid of the Local channel's ;2 half.
         */
        private void assignUniqueIds(List<AmiTranscript.Packet> events, String channelId, String otherChannelId) {
            String originated = events.stream().map(packet -> packet.get("Linkedid")).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (channelId == null || originated == null || script.ignoresChannelIds()) {
                return;
            }
            rewrites.put(UNIQUE_ID.pattern() + originated, channelId);
            events.stream().filter(packet -> "Newchannel".equals(packet.get("Event"))
                            && originated.equals(packet.get("Linkedid")) && !originated.equals(packet.get("Uniqueid"))
                            && packet.get("Channel") != null && packet.get("Channel").endsWith(";2"))
                    .findFirst().ifPresent(second -> rewrites.put(UNIQUE_ID.pattern() + second.get("Uniqueid"),
                            otherChannelId != null ? otherChannelId : channelId + ";2"));
        }

        void start() {
            player.execute(() -> {
                play(beforeGap, false);
                if (afterGap.isEmpty()) {
                    finish();
                } else if (script.ending() == CallScript.Ending.AFTER_TALK) {
                    player.schedule(this::playEnding, script.realTalk().toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    waiting = true;
                }
            });
        }

        /** The talk so far, in the call's clock: real time since the gap began. */
        private double talkedSoFar() {
            double elapsed = (System.nanoTime() - realStartNanos) / 1e9;
            return Math.max(0, elapsed - (recordedGapStart - recordedStart));
        }

        synchronized void requestEnd() {
            if (!waiting || ended) {
                return;
            }
            waiting = false;
            virtualGap = talkedSoFar();
            player.execute(this::playEnding);
        }

        /** AbsoluteTimeout: Asterisk hangs the call up this many seconds from now. */
        synchronized void cutAfter(int seconds) {
            if (ended) {
                return;
            }
            double cut = talkedSoFar() + seconds;
            cutAt = cutAt == null ? cut : Math.min(cutAt, cut);
            if (script.ending() == CallScript.Ending.ON_REQUEST) {
                player.schedule(this::requestEnd, seconds, TimeUnit.SECONDS);
            }
        }

        /** Renders the whole stream now, so that playing it later costs the PBX nothing but writing. */
        void prerender() {
            List<String> rendered = new ArrayList<>();
            List<Runnable> tracking = new ArrayList<>();
            beforeGap.forEach(packet -> rendered.add(renderUntracked(packet, false, tracking)));
            afterGap.forEach(packet -> rendered.add(renderUntracked(packet, true, tracking)));
            prerendered = rendered;
            prerenderedTracking = tracking;
        }

        void playPrerendered() {
            playPrerenderedSetUp();
            playPrerenderedEnding();
        }

        synchronized void playPrerenderedSetUp() {
            playPrerendered(0, beforeGap.size());
        }

        synchronized void playPrerenderedEnding() {
            playPrerendered(beforeGap.size(), prerendered.size());
            finish();
        }

        /** Channels come and go as their events are played, not when they were rendered. */
        private void playPrerendered(int from, int to) {
            for (int i = from; i < to; i++) {
                prerenderedTracking.get(i).run();
                broadcast(prerendered.get(i));
            }
        }

        private synchronized void playEnding() {
            if (ended) {
                return;
            }
            if (cutAt != null) {
                virtualGap = Math.min(virtualGap, cutAt);
            }
            play(afterGap, true);
            finish();
        }

        private void finish() {
            ended = true;
            liveCalls.remove(key);
        }

        private void play(List<AmiTranscript.Packet> packets, boolean afterTheGap) {
            List<AmiTranscript.Packet> ordered = script.reorderSeed() == 0 ? packets
                    : reorderAcrossChannels(packets, new Random(script.reorderSeed() + (afterTheGap ? 1 : 0)));
            for (AmiTranscript.Packet packet : ordered) {
                String rendered = render(packet, afterTheGap);
                broadcast(rendered);
                if (script.duplicated()) {
                    broadcast(rendered);
                }
            }
        }

        private String render(AmiTranscript.Packet packet, boolean afterTheGap) {
            List<Runnable> tracking = new ArrayList<>();
            String rendered = renderUntracked(packet, afterTheGap, tracking);
            tracking.forEach(Runnable::run);
            return rendered;
        }

        /** Renders a packet and adds what playing it does to the PBX's channels to {@code tracking}. */
        private String renderUntracked(AmiTranscript.Packet packet, boolean afterTheGap, List<Runnable> tracking) {
            double stretch = afterTheGap ? virtualGap - (recordedGapEnd - recordedGapStart) : 0;
            double virtual = virtualStart + (packet.at() - recordedStart) + stretch;
            List<String[]> headers = new ArrayList<>();
            String event = packet.get("Event");
            for (String[] header : packet.headers()) {
                String value = header[1];
                if (header[0].equalsIgnoreCase("ActionID")) {
                    value = actionId;
                } else if (event.equals("Cdr") && header[0].equals("UserField") && script.recording() != null) {
                    value = "recording:" + script.recording();
                } else if (afterTheGap && event.equals("Cdr")
                        && (header[0].equals("BillableSeconds") || header[0].equals("Duration"))) {
                    value = Long.toString(Math.max(0, Long.parseLong(value) + Math.round(stretch)));
                } else {
                    value = rewrite(value.replace(RECORDED_CALL_ID, callId));
                }
                headers.add(new String[] {header[0], value});
                if (header[0].equals("Privilege")) {
                    headers.add(new String[] {"Timestamp", String.format(Locale.ROOT, "%.6f", virtual)});
                }
            }
            tracking.add(() -> track(event, headers));
            return AmiWire.packet(headers);
        }

        private void track(String event, List<String[]> headers) {
            Map<String, String> fields = new LinkedHashMap<>();
            headers.forEach(h -> fields.putIfAbsent(h[0], h[1]));
            String channel = fields.get("Channel");
            if ("Newchannel".equals(event) && channel != null) {
                channels.put(channel, new String[] {fields.get("Uniqueid"), fields.get("Linkedid")});
            } else if ("Hangup".equals(event) && channel != null) {
                channels.remove(channel);
            }
        }

        private String rewrite(String value) {
            String result = replaceAll(UNIQUE_ID, value, found -> uniqueIdBase + "." + uniqueIds.incrementAndGet());
            result = replaceAll(CHANNEL_SEQUENCE, result,
                    found -> "-" + String.format("%08x", channelSequence.incrementAndGet()) + ";");
            return replaceAll(BRIDGE_ID, result, found -> UUID.randomUUID().toString());
        }

        private String replaceAll(Pattern pattern, String value, java.util.function.Function<String, String> fresh) {
            Matcher matcher = pattern.matcher(value);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String replacement = rewrites.computeIfAbsent(pattern.pattern() + matcher.group(), k -> fresh.apply(k));
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }

    /**
     * Shuffles events of different channels within each burst (events recorded within 5 ms of each other), keeping
     * every channel's own events in order: what AMI allows.
     */
    static List<AmiTranscript.Packet> reorderAcrossChannels(List<AmiTranscript.Packet> packets, Random random) {
        List<AmiTranscript.Packet> result = new ArrayList<>();
        int i = 0;
        while (i < packets.size()) {
            int j = i + 1;
            while (j < packets.size() && packets.get(j).at() - packets.get(j - 1).at() < 0.005) {
                j++;
            }
            Map<String, List<AmiTranscript.Packet>> byChannel = new LinkedHashMap<>();
            for (AmiTranscript.Packet packet : packets.subList(i, j)) {
                byChannel.computeIfAbsent(channelOf(packet), k -> new ArrayList<>()).add(packet);
            }
            List<List<AmiTranscript.Packet>> queues = new ArrayList<>(byChannel.values());
            while (!queues.isEmpty()) {
                int pick = random.nextInt(queues.size());
                result.add(queues.get(pick).remove(0));
                if (queues.get(pick).isEmpty()) {
                    queues.remove(pick);
                }
            }
            i = j;
        }
        return result;
    }

    private static String channelOf(AmiTranscript.Packet packet) {
        for (String field : new String[] {"Channel", "DestChannel", "BridgeUniqueid"}) {
            String value = packet.get(field);
            if (value != null) {
                return value;
            }
        }
        return "";
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
