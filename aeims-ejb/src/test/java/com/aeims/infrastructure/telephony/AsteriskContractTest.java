package com.aeims.infrastructure.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.AmiConnectionFactory;
import com.aeims.jca.asterisk.api.OriginateRequest;
import com.aeims.jca.asterisk.peer.EventFilter;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.Reference;
import org.junit.jupiter.api.Test;

/**
 * The Asterisk side of the contract (config/asterisk) against what AEIMS sends and reads: the AMI user may do and
 * hear exactly what AEIMS needs, both phones are shown only the platform's identity on every leg, the trunk neither
 * sends nor takes another, and Asterisk logs to AEIMS' database what AEIMS settles outages from.
 */
class AsteriskContractTest {

    private static final Path ASTERISK = Path.of(System.getProperty("aeims.asterisk-config", "../config/asterisk"));
    private static final Path MIGRATIONS = Path.of(System.getProperty("aeims.migrations", "../db/migration"));
    private static final Pattern TRUNK_DIAL = Pattern.compile("Dial\\(PJSIP/\\$\\{EXTEN}@aeims-trunk,(\\d+),(.*)\\)$");
    private static final String MASK = "${AEIMS_MASK_NAME} <${AEIMS_MASK_NUM}>";

    /** Each section's {@code name = value} lines, in order (names repeat). */
    private static Map<String, List<String[]>> sections(String file) throws IOException {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        String section = "";
        for (String raw : Files.readAllLines(ASTERISK.resolve(file))) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                // pjsip.conf has two sections of one name (endpoint, aor): their lines are read as one section
                sections.computeIfAbsent(section, k -> new ArrayList<>());
                continue;
            }
            int equals = line.indexOf('=');
            String value = line.substring(equals + 1).strip();
            String name = line.substring(0, equals).replace(">", "").strip();
            sections.computeIfAbsent(section, k -> new ArrayList<>()).add(new String[] {name, value});
        }
        return sections;
    }

    private static String value(List<String[]> lines, String name) {
        return lines.stream().filter(l -> l[0].equals(name)).map(l -> l[1]).findFirst().orElse(null);
    }

    private static Set<String> classes(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    @Test
    void theAmiUserMayHearAndDoExactlyWhatAeimsNeeds() throws IOException {
        List<String[]> user = sections("manager.conf").get("aeims");
        // call: the call events; cdr: Cdr (recordings); user: the dialplan's UserEvents (operators' own numbers)
        assertEquals(Set.of("call", "cdr", "user"), classes(value(user, "read")));
        // originate: Originate; call: Hangup, AbsoluteTimeout, Setvar, Getvar, Status; reporting: CoreShowChannels
        assertEquals(Set.of("originate", "call", "reporting"), classes(value(user, "write")));
        assertEquals("yes", value(sections("manager.conf").get("general"), "timestampevents"));
        assertEquals(AmiCallFacts.CALL_ID_VARIABLE, value(sections("manager.conf").get("general"), "channelvars"));
    }

    @Test
    void theEventFilterLetsThroughExactlyTheEventsAeimsSubscribesTo() {
        EventFilter filter = EventFilter.ofManagerConf(ASTERISK.resolve("manager.conf"), "aeims");
        String subscribed = Arrays.stream(AmiEventsConsumer.class.getAnnotation(MessageDriven.class).activationConfig())
                .filter(p -> p.propertyName().equals("eventTypes")).map(ActivationConfigProperty::propertyValue)
                .findFirst().orElseThrow();
        for (String event : subscribed.split(",")) {
            if (!event.equals("Connect") && !event.equals("Disconnect")) {
                assertTrue(filter.passes(wire(event)), event + " must reach AEIMS");
            }
        }
        assertTrue(filter.passes(wire("UserEvent")), "the dialplan's steps of a call to an operator's own number");
        for (String other : List.of("FullyBooted", "HangupRequest", "SoftHangupRequest", "DialState", "BridgeCreate",
                "BridgeDestroy", "Newchannel", "Newstate", "NewConnectedLine", "NewCallerid", "VarSet", "Newexten",
                "LocalBridge", "CdrX", "XHangup")) {
            assertFalse(filter.passes(wire(other)), other + " is not read by AEIMS and must not be sent");
        }
    }

    private static String wire(String event) {
        return "Event: " + event + "\r\nPrivilege: call,all\r\nTimestamp: 1796162574.809882\r\nChannel: PJSIP/x\r\n\r\n";
    }

    @Test
    void everyPhoneIsDialledShowingOnlyThePlatformIdentity() throws IOException {
        Map<String, List<String[]>> dialplan = sections("extensions.conf");
        for (String context : List.of("aeims-customer", "aeims-bridge")) {
            List<String> steps = steps(dialplan, context);
            int dial = -1;
            for (int i = 0; i < steps.size(); i++) {
                if (TRUNK_DIAL.matcher(steps.get(i)).find()) {
                    dial = i;
                }
            }
            assertTrue(dial > 0, context + " dials a phone on the trunk");
            Matcher options = TRUNK_DIAL.matcher(steps.get(dial));
            assertTrue(options.find());
            String dialOptions = options.group(2);
            // the phone channel's caller id and its connected line (From, P-Asserted-Identity) are the platform's
            assertTrue(dialOptions.contains("o(" + MASK + ")"), context + ": " + dialOptions);
            assertTrue(dialOptions.contains("f(" + MASK + ")"), context + ": " + dialOptions);
            // no call forwarding followed, no updates from the ringing phone
            assertTrue(dialOptions.replaceAll("\\([^)]*\\)", "").contains("i"), context + ": " + dialOptions);
            assertTrue(dialOptions.replaceAll("\\([^)]*\\)", "").contains("I"), context + ": " + dialOptions);
            List<String> before = steps.subList(0, dial);
            assertTrue(before.contains("Set(__CONNECTED_LINE_SEND_SUB=aeims-mask-colp,s,1)"),
                    context + " rewrites every connected-line update to the platform identity: " + before);
        }
        List<String> bridge = steps(dialplan, "aeims-bridge");
        assertTrue(bridge.contains("Set(CALLERID(name)=${AEIMS_MASK_NAME})"), "the customer's answer rewrote it");
        assertTrue(bridge.contains("Set(CALLERID(num)=${AEIMS_MASK_NUM})"), "the customer's answer rewrote it");
        List<String> mask = steps(dialplan, "aeims-mask-colp");
        assertEquals("Set(CONNECTEDLINE(name,i)=${AEIMS_MASK_NAME})", mask.get(0));
        assertTrue(mask.contains("Set(CONNECTEDLINE(num,i)=${AEIMS_MASK_NUM})"), mask.toString());
        assertEquals("Return()", mask.get(mask.size() - 1));
    }

    @Test
    void theDialplanRingsOnlyNorthAmericanNumbersAndRefusesPremiumRateAndEverythingElse() throws IOException {
        Map<String, List<String[]>> dialplan = sections("extensions.conf");
        for (String context : List.of("aeims-customer", "aeims-bridge")) {
            Map<String, String> firstStep = new LinkedHashMap<>();
            for (String[] line : dialplan.get(context)) {
                if (line[0].equals("exten")) {
                    String[] parts = line[1].replaceFirst("^>\\s*", "").split(",", 3);
                    firstStep.put(parts[0], parts[2]);
                }
            }
            assertEquals(Set.of("_+1NXXNXXXXXX", "_+1900NXXXXXX", "_+1976NXXXXXX", "_+X."), firstStep.keySet(),
                    context);
            assertTrue(firstStep.get("_+1NXXNXXXXXX").startsWith("NoOp("), context + " dials North America");
            for (String refused : List.of("_+1900NXXXXXX", "_+1976NXXXXXX", "_+X.")) {
                assertEquals("Hangup(21)", firstStep.get(refused), context + " refuses " + refused);
            }
        }
    }

    /** A context's applications in order ({@code exten => pattern,1,App(...)}, {@code same => n,App(...)}). */
    private static List<String> steps(Map<String, List<String[]>> dialplan, String context) {
        return dialplan.get(context).stream().map(line -> {
            String step = line[1];
            for (int commas = line[0].equals("exten") ? 2 : 1; commas > 0; commas--) {
                step = step.substring(step.indexOf(',') + 1);
            }
            return step;
        }).toList();
    }

    @Test
    void aRecordedCallIsAnnouncedRecordedFromTheBridgeNamedInItsCdrAndWarnedAMinuteBeforeItsLimit() throws Exception {
        List<String> bridge = steps(sections("extensions.conf"), "aeims-bridge");
        int branch = bridge.indexOf("GotoIf($[\"${AEIMS_RECORD}\" != \"1\"]?dial)");
        assertTrue(branch > 0, "recording only when AEIMS asks: " + bridge);
        List<String> recording = bridge.subList(branch + 1, bridge.size());
        assertEquals("Playback(aeims-call-recorded)", recording.get(0), "the customer hears the notice first");
        assertTrue(recording.contains("MixMonitor(aeims/${AEIMS_CALL_ID}.wav,b)"), "only the bridged talk: " + bridge);
        assertTrue(recording.contains("Set(CDR(userfield)=recording:aeims/${AEIMS_CALL_ID}.wav)"), bridge.toString());
        assertTrue(recording.contains("Set(AEIMS_ANNOUNCE=A(aeims-call-recorded))"), "the operator hears it too");
        String dial = bridge.stream().filter(step -> TRUNK_DIAL.matcher(step).find()).findFirst().orElseThrow();
        assertTrue(dial.contains("L(${AEIMS_LIMIT_MS}:60000)${AEIMS_ANNOUNCE}"), dial);
        assertTrue(bridge.indexOf("Set(LIMIT_WARNING_FILE=aeims-one-minute-left)") < bridge.indexOf(dial));

        List<OriginateRequest> sent = new ArrayList<>();
        AmiTelephony telephony = new AmiTelephony();
        Field connections = AmiTelephony.class.getDeclaredField("connections");
        connections.setAccessible(true);
        connections.set(telephony, recording(sent));
        telephony.originate("call_1", "+15550100201", "+15550227201", 600, true);
        telephony.originate("call_2", "+15550100201", "+15550227201", 600, false);
        assertEquals("1", sent.get(0).variables().get("AEIMS_RECORD"));
        assertFalse(sent.get(1).variables().containsKey("AEIMS_RECORD"));
    }

    @Test
    void theTrunkNeitherSendsNorTakesAnyOtherIdentity() throws IOException {
        Map<String, String> required = Map.of("send_pai", "yes", "send_rpid", "no", "send_connected_line", "no",
                "trust_id_inbound", "no", "trust_connected_line", "no", "send_diversion", "no",
                "send_history_info", "no", "direct_media", "no", "allow_transfer", "no");
        for (String trunk : List.of("aeims-trunk", "twilio-origination")) {
            List<String[]> endpoint = sections("pjsip.conf").get(trunk);
            required.forEach((name, wanted) -> assertEquals(wanted, value(endpoint, name), trunk + " " + name));
        }
    }

    @Test
    void callsToOperatorsOwnNumbersEnterOnlyTheInboundContextAndTellAeimsOfEachStep() throws Exception {
        Map<String, List<String[]>> pjsip = sections("pjsip.conf");
        assertEquals("aeims-inbound", value(pjsip.get("twilio-origination"), "context"));
        assertEquals("aeims-no-inbound", value(pjsip.get("aeims-trunk"), "context"), "nobody calls in on the other");
        assertEquals("twilio-origination", value(pjsip.get("twilio-origination"), "endpoint"),
                "Twilio is recognised by its addresses, nothing else reaches aeims-inbound");
        Pattern userEvent = Pattern.compile("UserEvent\\(AeimsInbound,Step: (\\w+),");
        Set<String> steps = new TreeSet<>();
        for (List<String[]> context : sections("extensions.conf").values()) {
            for (String[] line : context) {
                Matcher step = userEvent.matcher(line[1]);
                if (step.find()) {
                    steps.add(step.group(1));
                }
            }
        }
        assertEquals(Set.of("arrived", "pin", "callback"), steps, "every step AEIMS decides on");
        List<String[]> connect = sections("extensions.conf").get("aeims-inbound-connect");
        List<String> connectSteps = connect.stream().map(l -> l[1]).toList();
        assertTrue(connectSteps.stream().anyMatch(s -> s.contains("Set(TIMEOUT(absolute)=0)")),
                "the prompts' limit does not cut the talk");
        assertTrue(connectSteps.stream().anyMatch(s -> s.endsWith("Goto(aeims-bridge,${EXTEN},1)")),
                "the operator is rung exactly as for a callback: masked, capped, recorded where allowed");
        assertTrue(connectSteps.stream().anyMatch(s -> s.endsWith("_+1900NXXXXXX,1,Hangup(21)")),
                "premium-rate numbers are never rung");
    }

    @Test
    void aeimsOriginatesWithThePlatformIdentityForEveryLegAndALocalChannelThatStaysInTheCall() throws Exception {
        List<OriginateRequest> sent = new ArrayList<>();
        AmiTelephony telephony = new AmiTelephony();
        Field connections = AmiTelephony.class.getDeclaredField("connections");
        connections.setAccessible(true);
        connections.set(telephony, recording(sent));

        telephony.originate("call_1", "+15550100201", "+15550227201", 600, false);

        OriginateRequest request = sent.get(0);
        assertEquals("Local/+15550100201@aeims-customer/n", request.channel());
        assertEquals("\"AEIMS\" <+18885550100>", request.callerId());
        assertEquals("AEIMS", request.variables().get("__AEIMS_MASK_NAME"));
        assertEquals("+18885550100", request.variables().get("__AEIMS_MASK_NUM"));
        assertEquals("call_1", request.variables().get("__AEIMS_CALL_ID"));
        assertEquals("aeims-call_1", request.channelId());
        assertNotNull(sections("extensions.conf").get(request.context()), "the context exists in the dialplan");
    }

    @Test
    void asteriskLogsTheCallsChannelEventsToTheTableAeimsReads() throws IOException {
        List<String[]> cel = sections("cel.conf").get("general");
        assertEquals("yes", value(cel, "enable"));
        assertTrue(classes(value(cel, "events")).containsAll(Set.of("BRIDGE_ENTER", "BRIDGE_EXIT", "HANGUP")));
        List<String[]> pgsql = sections("cel_pgsql.conf").get("global");
        String table = value(pgsql, "table");
        String migration;
        try (var files = Files.list(MIGRATIONS)) {
            migration = files.map(AsteriskContractTest::read).filter(sql -> sql.contains("CREATE TABLE " + table))
                    .findFirst().orElseThrow(() -> new AssertionError("no migration creates " + table));
        }
        for (String column : List.of("eventtype", "eventtime", "uniqueid", "linkedid", "extra")) {
            assertTrue(migration.matches("(?s).*\\n\\s+" + column + "\\s.*"), "column " + column);
        }
        assertTrue(migration.matches("(?s).*eventtime\\s+double precision.*"), "no time zone to agree on");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection factory whose connections only keep the Originates they are given. */
    private static AmiConnectionFactory recording(List<OriginateRequest> sent) {
        AmiConnection connection = (AmiConnection) Proxy.newProxyInstance(AmiConnection.class.getClassLoader(),
                new Class<?>[] {AmiConnection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("originate")) {
                        sent.add((OriginateRequest) args[0]);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        return new AmiConnectionFactory() {
            private Reference reference;

            @Override
            public AmiConnection getConnection() {
                return connection;
            }

            @Override
            public void setReference(Reference reference) {
                this.reference = reference;
            }

            @Override
            public Reference getReference() {
                return reference;
            }
        };
    }
}
