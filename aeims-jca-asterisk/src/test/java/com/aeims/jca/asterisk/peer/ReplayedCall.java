package com.aeims.jca.asterisk.peer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One originated call being replayed from a recording: the recorded events with this call's ids, numbers and call
 * id, and Asterisk time stamps on a clock that stretches the recording's two waits, the operator's phone ringing
 * and the talk, to what the script says. Channels come and go as their events are played, and each played event
 * that Asterisk's channel event log records is written to the PBX's log. A hang-up while the operator's phone rings
 * ends the call there, as Asterisk does when the Dial's own channel goes: the Dial ends CANCEL, the operator's phone
 * stops ringing, and the rest hangs up as recorded, without the operator's answer and bridge.
 */
final class ReplayedCall {

    private static final String DEFAULT_RECORDED_CALL_ID = "c-123";
    private static final Pattern UNIQUE_ID = Pattern.compile("\\b1\\d{9}\\.\\d+\\b");
    private static final Pattern CHANNEL_SEQUENCE = Pattern.compile("-([0-9a-f]{8});");
    private static final Pattern BRIDGE_ID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern DIALLED_NUMBER = Pattern.compile("^[^/]+/([^@]+)@");
    private static final Pattern CALLER_NUMBER = Pattern.compile("<([^>]*)>");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d{6,}");
    private static final double NOTICEABLE_WAIT = 0.5;
    /**
     * What Asterisk sends a session, not a call: FullyBooted follows every login (written to the session whatever
     * its read rights); a recording may show it after the Originate only because the client sent that at once.
     */
    private static final Set<String> SESSION_EVENTS = Set.of("FullyBooted");

    /** What the call needs of the PBX it runs on. */
    interface Pbx {
        void broadcast(String packet);

        String freshUniqueId();

        int freshChannelSequence();

        void execute(Runnable task);

        void schedule(Runnable task, long millis);

        void log(ChannelEventSink.Row row);

        void ended(ReplayedCall call);
    }

    /** The live Originate: who is rung, whom the call goes on to, the ids and caller id it asked for. */
    record Originated(String customerNumber, String operatorNumber, String platformNumber, String callId,
                      String actionId, String channelId, String otherChannelId, boolean recorded) {
    }

    final String key = UUID.randomUUID().toString();
    final String number;
    final String callId;
    /** The channels up now: name to {Uniqueid, Linkedid}. */
    final Map<String, String[]> channels = new ConcurrentHashMap<>();
    private final Pbx pbx;
    final Originated originated;
    private final CallScript script;
    private final List<AmiTranscript.Packet> events = new ArrayList<>();
    private final List<String[]> literals = new ArrayList<>();
    private final Map<String, String> rewrites = new ConcurrentHashMap<>();
    private final Map<String, String> dialStatusByCaller = new ConcurrentHashMap<>();
    private final double recordedStart;
    /** Index of the DialEnd of the Dial to the operator, or -1. */
    private final int operatorDialEnd;
    /** Index of the last event before the operator's phone rings for a while, or -1. */
    private final int ringGapAfter;
    /** Index of the last event before the talk, or -1 (the operator never answered). */
    private final int talkGapAfter;
    private final double recordedRing;
    private volatile double ringStretch;
    private final double virtualStart = System.currentTimeMillis() / 1000.0;
    private volatile double talkStretch;
    private volatile boolean waiting;
    private volatile boolean ringing;
    private volatile boolean cancelled;
    private volatile long ringStartedNanos;
    private volatile boolean ended;
    private volatile long talkStartedNanos = System.nanoTime();
    private Double cutAt;
    private List<String> prerendered;
    private List<Runnable> prerenderedTracking;

    ReplayedCall(Pbx pbx, Originated originated, CallScript script, AmiTranscript transcript) {
        this.pbx = pbx;
        this.originated = originated;
        this.number = originated.customerNumber();
        this.callId = originated.callId();
        this.script = script;
        AmiTranscript.Packet recordedOriginate = null;
        for (AmiTranscript.Packet packet : transcript.packets()) {
            if (packet.direction() == AmiTranscript.Direction.FROM_CLIENT) {
                if ("Originate".equalsIgnoreCase(packet.action()) && recordedOriginate == null) {
                    recordedOriginate = packet;
                }
            } else if (recordedOriginate != null && packet.get("Event") != null
                    && !SESSION_EVENTS.contains(packet.get("Event"))) {
                events.add(packet);
            }
        }
        recordedStart = recordedOriginate == null ? 0 : recordedOriginate.at();
        literalsFor(recordedOriginate);
        operatorDialEnd = operatorDialEnd();
        ringGapAfter = operatorDialEnd > 0 && gapBefore(operatorDialEnd) > NOTICEABLE_WAIT ? operatorDialEnd - 1 : -1;
        talkGapAfter = operatorDialEnd >= 0 && "ANSWER".equalsIgnoreCase(events.get(operatorDialEnd).get("DialStatus"))
                ? widestGapFrom(operatorDialEnd) : -1;
        recordedRing = ringGapAfter < 0 ? 0 : gapBefore(ringGapAfter + 1);
        ringStretch = script.ring() == null || ringGapAfter < 0 ? 0 : script.ring().toMillis() / 1000.0 - recordedRing;
        talkStretch = script.talk().isZero() || talkGapAfter < 0 ? 0
                : script.talk().toMillis() / 1000.0 - gapBefore(talkGapAfter + 1);
    }

    /**
     * The recording's call id, its originated channel's ids and its phone numbers become this call's: an Originate
     * with ChannelId makes that the originated channel's Uniqueid and so every Linkedid (as Asterisk 12+ does), its
     * OtherChannelId the Local channel's ;2 half's; a PBX ignoring ChannelId has Uniqueids of its own.
     */
    private void literalsFor(AmiTranscript.Packet recordedOriginate) {
        String originatedId = events.stream().map(packet -> packet.get("Linkedid")).filter(Objects::nonNull)
                .findFirst().orElse(null);
        boolean takesChannelIds = originated.channelId() != null && !script.ignoresChannelIds();
        if (originatedId != null && !UNIQUE_ID.matcher(originatedId).matches()) {
            // recorded with a ChannelId of its own (the contract recordings)
            literals.add(new String[] {originatedId + ";2", takesChannelIds ? otherChannelId() : pbx.freshUniqueId()});
            literals.add(new String[] {originatedId, takesChannelIds ? originated.channelId() : pbx.freshUniqueId()});
        } else if (originatedId != null && takesChannelIds) {
            rewrites.put(UNIQUE_ID.pattern() + originatedId, originated.channelId());
            events.stream().filter(packet -> "Newchannel".equals(packet.get("Event"))
                            && originatedId.equals(packet.get("Linkedid")) && !originatedId.equals(packet.get("Uniqueid"))
                            && packet.get("Channel") != null && packet.get("Channel").endsWith(";2"))
                    .findFirst().ifPresent(second -> rewrites.put(UNIQUE_ID.pattern() + second.get("Uniqueid"),
                            otherChannelId()));
        }
        String recordedCallId = DEFAULT_RECORDED_CALL_ID;
        if (recordedOriginate != null) {
            for (String[] header : recordedOriginate.headers()) {
                String assignment = header[1].replaceFirst("^_+", "");
                if (header[0].equalsIgnoreCase("Variable") && assignment.startsWith("AEIMS_CALL_ID=")) {
                    recordedCallId = assignment.substring("AEIMS_CALL_ID=".length());
                }
            }
            Matcher customer = DIALLED_NUMBER.matcher(Objects.requireNonNullElse(recordedOriginate.get("Channel"), ""));
            number(customer.find() ? customer.group(1) : null, originated.customerNumber());
            number(recordedOriginate.get("Exten"), originated.operatorNumber());
            Matcher platform = CALLER_NUMBER.matcher(Objects.requireNonNullElse(recordedOriginate.get("CallerID"), ""));
            number(platform.find() ? platform.group(1) : null, originated.platformNumber());
        }
        literals.add(new String[] {recordedCallId, callId});
    }

    private String otherChannelId() {
        return originated.otherChannelId() != null ? originated.otherChannelId() : originated.channelId() + ";2";
    }

    /** A recorded phone number is this call's (never a short lab extension, which could be part of anything). */
    private void number(String recorded, String live) {
        if (recorded != null && live != null && PHONE_NUMBER.matcher(recorded).matches()) {
            literals.add(new String[] {recorded, live});
        }
    }

    /** The end of the Dial to the operator: on the originated channel, whose Uniqueid is the Linkedid. */
    private int operatorDialEnd() {
        for (int i = 0; i < events.size(); i++) {
            AmiTranscript.Packet packet = events.get(i);
            if ("DialEnd".equals(packet.get("Event")) && packet.get("Channel") != null
                    && packet.get("Uniqueid") != null && packet.get("Uniqueid").equals(packet.get("Linkedid"))) {
                return i;
            }
        }
        return -1;
    }

    private double gapBefore(int index) {
        return events.get(index).at() - events.get(index - 1).at();
    }

    private int widestGapFrom(int from) {
        int widestAfter = -1;
        double widest = NOTICEABLE_WAIT;
        for (int i = from; i + 1 < events.size(); i++) {
            if (gapBefore(i + 1) > widest) {
                widest = gapBefore(i + 1);
                widestAfter = i;
            }
        }
        return widestAfter;
    }

    /** Events up to the talk (or all of them, for a call that never gets there). */
    private int setUpEnd() {
        return talkGapAfter < 0 ? events.size() : talkGapAfter + 1;
    }

    void start() {
        pbx.execute(() -> {
            if (ringGapAfter >= 0 && ringGapAfter + 1 < setUpEnd()) {
                play(0, ringGapAfter + 1);
                ringStartedNanos = System.nanoTime();
                ringing = true;
                pbx.schedule(this::operatorAnswersOrGivesUp, script.realRing().toMillis());
            } else {
                play(0, setUpEnd());
                atTheTalk();
            }
        });
    }

    private synchronized void operatorAnswersOrGivesUp() {
        if (!ringing || ended) {
            return;
        }
        ringing = false;
        play(ringGapAfter + 1, setUpEnd());
        atTheTalk();
    }

    private void atTheTalk() {
        talkStartedNanos = System.nanoTime();
        if (setUpEnd() == events.size()) {
            finish();
        } else if (script.ending() == CallScript.Ending.AFTER_TALK) {
            pbx.schedule(this::playEnding, script.realTalk().toMillis());
        } else {
            waiting = true;
        }
    }

    /** The talk so far, in real time since it began. */
    private double talkedSoFar() {
        return Math.max(0, (System.nanoTime() - talkStartedNanos) / 1e9);
    }

    boolean isEnded() {
        return ended;
    }

    synchronized void requestEnd() {
        if (ringing && !ended) {
            ringing = false;
            cancelled = true;
            ringStretch = (System.nanoTime() - ringStartedNanos) / 1e9 - recordedRing;
            // nothing of the talk happened: its wait takes no time
            talkStretch = talkGapAfter < 0 ? 0 : -gapBefore(talkGapAfter + 1);
            pbx.execute(this::playCancel);
            return;
        }
        if (!waiting || ended) {
            return;
        }
        waiting = false;
        talkStretch = talkedSoFar() - gapBefore(talkGapAfter + 1);
        pbx.execute(this::playEnding);
    }

    /** AbsoluteTimeout: Asterisk hangs the call up this many seconds from now. */
    synchronized void cutAfter(int seconds) {
        if (ended) {
            return;
        }
        double cut = talkedSoFar() + seconds;
        cutAt = cutAt == null ? cut : Math.min(cutAt, cut);
        if (script.ending() == CallScript.Ending.ON_REQUEST) {
            pbx.schedule(this::requestEnd, TimeUnit.SECONDS.toMillis(seconds));
        }
    }

    /** Renders the whole stream now, so that playing it later costs the PBX nothing but writing. */
    void prerender() {
        List<String> rendered = new ArrayList<>();
        List<Runnable> tracking = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            rendered.add(renderUntracked(i, tracking));
        }
        prerendered = rendered;
        prerenderedTracking = tracking;
    }

    void playPrerendered() {
        playPrerenderedSetUp();
        playPrerenderedEnding();
    }

    synchronized void playPrerenderedSetUp() {
        playPrerendered(0, setUpEnd());
    }

    synchronized void playPrerenderedEnding() {
        playPrerendered(setUpEnd(), prerendered.size());
        finish();
    }

    /** Channels come and go as their events are played, not when they were rendered. */
    private void playPrerendered(int from, int to) {
        for (int i = from; i < to; i++) {
            prerenderedTracking.get(i).run();
            pbx.broadcast(prerendered.get(i));
        }
    }

    private synchronized void playEnding() {
        if (ended) {
            return;
        }
        if (cutAt != null) {
            talkStretch = Math.min(talkStretch, cutAt - gapBefore(talkGapAfter + 1));
        }
        play(setUpEnd(), events.size());
        finish();
    }

    /**
     * From the end of the operator's Dial on, without what only an answer makes: the operator's phone and the
     * originated channel entering and leaving their bridge.
     */
    private synchronized void playCancel() {
        if (ended) {
            return;
        }
        String originatedChannel = events.get(operatorDialEnd).get("Channel");
        String operatorChannel = events.get(operatorDialEnd).get("DestChannel");
        List<Integer> kept = new ArrayList<>();
        for (int i = operatorDialEnd; i < events.size(); i++) {
            AmiTranscript.Packet packet = events.get(i);
            boolean answerOnly = packet.get("Event").startsWith("Bridge")
                    && (originatedChannel.equals(packet.get("Channel")) || operatorChannel.equals(packet.get("Channel")));
            if (!answerOnly) {
                kept.add(i);
            }
        }
        play(kept, operatorDialEnd);
        finish();
    }

    private void finish() {
        ended = true;
        pbx.ended(this);
    }

    /** Whether the operator answered and the parties were bridged (what MixMonitor's b option records). */
    boolean talked() {
        return talkGapAfter >= 0 && !cancelled;
    }

    /** How long the parties talked, as this replay stretched the recording's talk. */
    double talkSeconds() {
        return talkGapAfter < 0 ? 0 : Math.max(0, gapBefore(talkGapAfter + 1) + talkStretch);
    }

    private void play(int from, int to) {
        List<Integer> indices = new ArrayList<>();
        for (int i = from; i < to; i++) {
            indices.add(i);
        }
        play(indices, from);
    }

    private void play(List<Integer> indices, int seedOffset) {
        List<Integer> order = script.reorderSeed() == 0 ? indices
                : reorderAcrossChannels(indices, new Random(script.reorderSeed() + seedOffset));
        for (int index : order) {
            List<Runnable> tracking = new ArrayList<>();
            String rendered = renderUntracked(index, tracking);
            tracking.forEach(Runnable::run);
            pbx.broadcast(rendered);
            if (script.duplicated()) {
                pbx.broadcast(rendered);
            }
        }
    }

    /** Asterisk's time for an event: the recording's offset, with the waits before it stretched as scripted. */
    private double virtualTime(int index) {
        double stretch = (ringGapAfter >= 0 && index > ringGapAfter ? ringStretch : 0)
                + (talkGapAfter >= 0 && index > talkGapAfter ? talkStretch : 0);
        return virtualStart + (events.get(index).at() - recordedStart) + stretch;
    }

    /** Renders a packet and adds what playing it does to the PBX (channels, its log) to {@code tracking}. */
    private String renderUntracked(int index, List<Runnable> tracking) {
        AmiTranscript.Packet packet = events.get(index);
        double virtual = virtualTime(index);
        List<String[]> headers = new ArrayList<>();
        String event = packet.get("Event");
        for (String[] header : packet.headers()) {
            if (header[0].equalsIgnoreCase("Timestamp")) {
                continue;
            }
            String value = header[1];
            if (header[0].equalsIgnoreCase("ActionID")) {
                value = originated.actionId();
            } else if (cancelled && index == operatorDialEnd && header[0].equals("DialStatus")) {
                value = "CANCEL";
            } else if (event.equals("Cdr") && header[0].equals("UserField") && script.recording() != null) {
                value = "recording:" + script.recording();
            } else if (index >= setUpEnd() && event.equals("Cdr")
                    && (header[0].equals("BillableSeconds") || header[0].equals("Duration"))) {
                value = Long.toString(Math.max(0, Long.parseLong(value) + Math.round(talkStretch)));
            } else {
                value = rewrite(value);
            }
            headers.add(new String[] {header[0], value});
            if (header[0].equals("Privilege")) {
                headers.add(new String[] {"Timestamp", String.format(Locale.ROOT, "%.6f", virtual)});
            }
        }
        tracking.add(() -> track(event, headers, virtual));
        return AmiWire.packet(headers);
    }

    private void track(String event, List<String[]> headers, double at) {
        Map<String, String> fields = new LinkedHashMap<>();
        headers.forEach(h -> fields.putIfAbsent(h[0], h[1]));
        String channel = fields.get("Channel");
        if ("Hangup".equals(event) && channel != null) {
            channels.remove(channel);
            pbx.log(new ChannelEventSink.Row("HANGUP", at, channel, fields.get("Uniqueid"), fields.get("Linkedid"),
                    "{\"hangupcause\":" + causeOf(fields.get("Cause")) + ",\"hangupsource\":\"\",\"dialstatus\":\""
                            + dialStatusByCaller.getOrDefault(channel, "") + "\"}"));
            return;
        }
        if (channel != null && fields.get("Uniqueid") != null) {
            channels.putIfAbsent(channel, new String[] {fields.get("Uniqueid"), fields.get("Linkedid")});
        }
        String dest = fields.get("DestChannel");
        if (dest != null && fields.get("DestUniqueid") != null && !"Hangup".equals(event)) {
            channels.putIfAbsent(dest, new String[] {fields.get("DestUniqueid"), fields.get("DestLinkedid")});
        }
        if ("DialEnd".equals(event) && channel != null && fields.get("DialStatus") != null) {
            // a channel's last dial as the caller; an answered one is not overwritten by a later failure
            dialStatusByCaller.merge(channel, fields.get("DialStatus"), (was, now) -> "ANSWER".equals(was) ? was : now);
        }
        if (("BridgeEnter".equals(event) || "BridgeLeave".equals(event)) && channel != null) {
            pbx.log(new ChannelEventSink.Row("BridgeEnter".equals(event) ? "BRIDGE_ENTER" : "BRIDGE_EXIT", at, channel,
                    fields.get("Uniqueid"), fields.get("Linkedid"), "{\"bridge_id\":\"" + fields.get("BridgeUniqueid")
                            + "\",\"bridge_technology\":\"simple_bridge\"}"));
        }
    }

    private static String causeOf(String value) {
        return value != null && value.matches("\\d+") ? value : "0";
    }

    private String rewrite(String value) {
        String result = value;
        for (String[] literal : literals) {
            result = result.replace(literal[0], literal[1]);
        }
        result = replaceAll(UNIQUE_ID, result, found -> pbx.freshUniqueId());
        result = replaceAll(CHANNEL_SEQUENCE, result,
                found -> "-" + String.format("%08x", pbx.freshChannelSequence()) + ";");
        return replaceAll(BRIDGE_ID, result, found -> UUID.randomUUID().toString());
    }

    private String replaceAll(Pattern pattern, String value, Function<String, String> fresh) {
        Matcher matcher = pattern.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = rewrites.computeIfAbsent(pattern.pattern() + matcher.group(), fresh);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Shuffles events of different channels within each burst (events recorded within 5 ms of each other), keeping
     * every channel's own events in order: what AMI allows.
     */
    private List<Integer> reorderAcrossChannels(List<Integer> indices, Random random) {
        List<Integer> result = new ArrayList<>();
        int i = 0;
        while (i < indices.size()) {
            int j = i + 1;
            while (j < indices.size()
                    && events.get(indices.get(j)).at() - events.get(indices.get(j - 1)).at() < 0.005) {
                j++;
            }
            Map<String, List<Integer>> byChannel = new LinkedHashMap<>();
            for (int index : indices.subList(i, j)) {
                byChannel.computeIfAbsent(channelOf(events.get(index)), k -> new ArrayList<>()).add(index);
            }
            List<List<Integer>> queues = new ArrayList<>(byChannel.values());
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
}
