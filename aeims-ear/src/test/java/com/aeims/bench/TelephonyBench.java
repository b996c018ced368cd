package com.aeims.bench;

import com.aeims.jca.asterisk.peer.AmiPbx;
import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.LedgerInvariants;
import com.aeims.testsupport.Prices;
import com.aeims.testsupport.SimulatedPbx;
import com.aeims.testsupport.TestAccounts;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Settled calls per second end to end: the simulated Asterisk replays the event streams of N calls (recorded
 * Asterisk 22 sessions, filtered as config/asterisk/manager.conf filters them) through the AMI resource adapter, the
 * AMI consumer, the call-event queue, the state machine and the ledger. The calls are started through the API
 * first and their events held back, so only the events' way is timed: in rounds with every call's whole stream at
 * once, and in rounds with all set-ups in one burst and, when every call is talking, all hang-ups in another (so a
 * call's facts cannot all travel in one message). Reports the median and range of several rounds of each kind,
 * checks that none is lost and none settled twice, counts the call-event queue's messages, and compares with
 * SettlementBench's ledger and pgbench figures from the same run.
 */
class TelephonyBench extends AeimsIT {

    private static final int CALLS = Integer.getInteger("aeims.bench.calls", 1_000);
    private static final int WARM_UP_ROUNDS = Integer.getInteger("aeims.bench.call-warmup-rounds", 10);
    private static final int TIMED_ROUNDS = Integer.getInteger("aeims.bench.call-timed-rounds", 3);
    private static final int CUSTOMERS = Integer.getInteger("aeims.bench.call-customers", 20);
    private static final int CLIENTS = 8;

    @Test
    void settledCallsPerSecond() throws Exception {
        AmiPbx pbx = SimulatedPbx.pbx();
        Eventually.await(Duration.ofSeconds(60), "the adapter logged in", pbx::hasLoggedInSession);
        ApiClient setup = new ApiClient(baseUri());
        ApiClient admin = new ApiClient(baseUri());
        admin.login(TestAccounts.createStaff(setup, "ADMIN"), TestAccounts.PASSWORD);
        List<Long> operators = createOperators(setup);
        List<ApiClient> customers = createCustomers(setup, admin);

        // the platform's dialplan with PJSIP phones (two bridges a call), or -Daeims.bench.call-recording=local for
        // the Local-channel recording earlier benchmarks replayed (one bridge, fewer events a call)
        Duration talk = Duration.ofSeconds(61);
        pbx.defaultScript("local".equals(System.getProperty("aeims.bench.call-recording"))
                ? CallScript.bridgedThroughLocalChannels(talk) : CallScript.bridged(talk));
        // the simulated Asterisk writes its channel event log into the bench's PostgreSQL as cel_pgsql would (about a
        // dozen rows a call); -Daeims.bench.pbx-channel-event-log=false leaves that load out, to tell it from AEIMS'
        AutoCloseable pbxLog = Boolean.parseBoolean(System.getProperty("aeims.bench.pbx-channel-event-log", "true"))
                ? () -> { } : SimulatedPbx.channelEventLogDown();
        pbx.holdCalls(true);
        // the same rounds first, untimed, both kinds: the JIT compiles the server's code paths for both shapes of
        // traffic before the timed rounds (one kind alone leaves the other's paths to be recompiled while timed)
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            if (round % 2 == 0) {
                atOnce(pbx, customers, operators, false);
            } else {
                inTwoBursts(pbx, customers, operators, false);
            }
        }
        // several timed rounds of each kind, alternating: one round's figure moves by a quarter from run to run
        List<Timed> atOnce = new ArrayList<>();
        List<Timed> inTwoBursts = new ArrayList<>();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            atOnce.add(atOnce(pbx, customers, operators, true));
            inTwoBursts.add(inTwoBursts(pbx, customers, operators, true));
        }
        pbx.holdCalls(false);
        pbxLog.close();
        report(atOnce, inTwoBursts);
    }

    /**
     * How long the calls' events took from the PBX to settlement, how many queue messages they became, how fast
     * the API started the calls, how long the JIT compiler took to go quiet before, and for the two-burst round when
     * each stage had done its share of the calls.
     */
    private record Timed(double seconds, double messagesPerCall, double initiatedPerSecond, double compilerWait,
                         String stages) {
    }

    private Timed atOnce(AmiPbx pbx, List<ApiClient> customers, List<Long> operators, boolean measured)
            throws Exception {
        Held held = startHeldCalls(pbx, customers, operators, measured);
        Instant released = Instant.now();
        pbx.releaseHeldCalls();
        Eventually.await(Duration.ofMinutes(15), "every call settled", () -> settledCount(held.callIds()) == CALLS);
        checkSettledOnceExactly(held.callIds());
        return !measured ? null : new Timed(secondsBetween(released, lastSettledAt(held.callIds())),
                held.messagesPerCallSince(), held.initiatedPerSecond(), held.compilerWait(), "");
    }

    private Timed inTwoBursts(AmiPbx pbx, List<ApiClient> customers, List<Long> operators, boolean measured)
            throws Exception {
        Held held = startHeldCalls(pbx, customers, operators, measured);
        List<String> callIds = held.callIds();
        Instant setUps = Instant.now();
        pbx.releaseHeldCallsUntilTheirTalk();
        Eventually.await(Duration.ofMinutes(15), "every call talking", () -> talkingCount(callIds) == CALLS);
        double setUpSeconds = secondsBetween(setUps, lastEventAt(callIds));
        Instant hangUps = Instant.now();
        pbx.hangUpTalkingCalls();
        Eventually.await(Duration.ofMinutes(15), "every call settled", () -> settledCount(callIds) == CALLS);
        double hangUpSeconds = secondsBetween(hangUps, lastSettledAt(callIds));
        checkSettledOnceExactly(callIds);
        return !measured ? null : new Timed(setUpSeconds + hangUpSeconds, held.messagesPerCallSince(),
                held.initiatedPerSecond(), held.compilerWait(), String.format(
                        "  set-ups %.2f s from %s, then hang-ups %.2f s from %s;%n%s", setUpSeconds, setUps,
                        hangUpSeconds, hangUps, stages(callIds, hangUps)));
    }

    /**
     * Calls started through the API whose events the PBX holds back, how fast the API started them and, for a
     * measured round, how long the JIT took to go quiet and the queue's counter just before their release.
     */
    private record Held(List<String> callIds, double initiatedPerSecond, double compilerWait, long messagesBefore) {

        double messagesPerCallSince() throws Exception {
            return (double) (callEventMessagesSoFar() - messagesBefore) / CALLS;
        }
    }

    private Held startHeldCalls(AmiPbx pbx, List<ApiClient> customers, List<Long> operators, boolean measured)
            throws Exception {
        Instant initiating = Instant.now();
        List<String> callIds = initiate(customers, operators);
        double initiatedPerSecond = CALLS / secondsBetween(initiating, Instant.now());
        Eventually.await(Duration.ofMinutes(2), "every call originated", () -> pbx.heldCallCount() == CALLS);
        double compilerWait = measured ? awaitQuietCompiler() : 0;
        return new Held(callIds, initiatedPerSecond, compilerWait, measured ? callEventMessagesSoFar() : 0);
    }

    private static double secondsBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static void checkSettledOnceExactly(List<String> callIds) throws Exception {
        long postings = postingsFor(callIds);
        long wrongCharges = wrongCharges(callIds, 99 + 2 * 399);
        try (Connection db = EmbeddedDatabase.connect()) {
            LedgerInvariants.check(db);
        }
        if (postings != CALLS || wrongCharges != 0) {
            throw new AssertionError(postings + " settlement postings for " + CALLS + " calls, " + wrongCharges
                    + " calls charged other than $8.97");
        }
    }

    private List<Long> createOperators(ApiClient setup) throws Exception {
        long template = TestAccounts.createCallableOperator(setup);
        List<Long> ids = new ArrayList<>();
        try (Connection db = EmbeddedDatabase.connect(); Statement sql = db.createStatement()) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            sql.execute("INSERT INTO account (email, display_name, password_hash, role) SELECT 'bench-op-" + tag
                    + "-' || n || '@example.org', 'Bench Operator ' || n, password_hash, 'OPERATOR' FROM account, "
                    + "generate_series(1, " + CALLS + ") n WHERE id = " + template);
            sql.execute("INSERT INTO operator (account_id, availability, phone_e164) SELECT id, 'ONLINE', "
                    + "'+1646' || lpad(id::text, 7, '0') FROM account WHERE email LIKE 'bench-op-" + tag + "-%'");
            try (ResultSet rows = sql.executeQuery("SELECT id FROM account WHERE email LIKE 'bench-op-" + tag
                    + "-%' ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<ApiClient> createCustomers(ApiClient setup, ApiClient admin) throws SQLException {
        List<ApiClient> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String email = TestAccounts.registerCustomer(setup);
            ApiClient customer = new ApiClient(baseUri());
            customer.login(email, TestAccounts.PASSWORD);
            long id = customer.get("api/auth/me").json().getJsonObject("account").getJsonNumber("account_id")
                    .longValue();
            // each call holds the connect fee and five minutes (-Daeims.calls.max-minutes=5): $20.94
            long needed = (long) Math.ceil((double) CALLS / CUSTOMERS) * 2_094 * (WARM_UP_ROUNDS + 2 * TIMED_ROUNDS);
            for (long credited = 0; credited < needed; credited += 100_000) {
                admin.post("api/admin/money/adjustments", Json.createObjectBuilder().add("customer_id", id)
                        .add("amount_cents", Math.min(100_000, needed - credited)).add("reason", "bench funds")
                        .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
            }
            // the bench server sends no SMS: each customer's number stands confirmed, as if its code had come back
            try (Connection db = EmbeddedDatabase.connect(); PreparedStatement phone = db.prepareStatement(
                    "UPDATE customer SET phone_e164 = ? WHERE account_id = ?")) {
                phone.setString(1, benchPhone(i));
                phone.setLong(2, id);
                phone.executeUpdate();
            }
            customers.add(customer);
        }
        return customers;
    }

    private static String benchPhone(int customer) {
        return "+1917" + String.format("%07d", customer);
    }

    private List<String> initiate(List<ApiClient> customers, List<Long> operators) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                ApiClient customer = customers.get(i % customers.size());
                String body = Prices.callRequest(customer, operators.get(i))
                        .add("customer_phone", benchPhone(i % customers.size())).build().toString();
                started.add(clients.submit(() -> {
                    ApiClient.Reply reply = customer.post("api/calls/initiate", body);
                    if (reply.status() != 200) {
                        throw new IllegalStateException("initiate failed: " + reply.body());
                    }
                    return reply.json().getString("call_id");
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> call : started) {
                ids.add(call.get());
            }
            return Collections.unmodifiableList(ids);
        } finally {
            clients.shutdownNow();
        }
    }

    private static long settledCount(List<String> callIds) {
        return single("SELECT count(*) FROM phone_call WHERE call_ref = ANY(?) AND settled_at IS NOT NULL", callIds);
    }

    private static long talkingCount(List<String> callIds) {
        return single("SELECT count(*) FROM phone_call WHERE call_ref = ANY(?) AND state = 'BRIDGED'", callIds);
    }

    private static long postingsFor(List<String> callIds) {
        return single("SELECT count(*) FROM ledger_posting WHERE idempotency_key = ANY(?)",
                callIds.stream().map(id -> "call:" + id).toList());
    }

    private static long wrongCharges(List<String> callIds, long expected) {
        return single("SELECT count(*) FROM phone_call WHERE call_ref = ANY(?) AND charged_cents <> " + expected,
                callIds);
    }

    /**
     * When, after the hang-ups were played, the hang-ups had been applied and the calls settled (half, 90 % and all
     * of them), how the settlement drain batched them, and how many Linkedids had to be learned.
     */
    private static String stages(List<String> callIds, Instant from) throws Exception {
        String after = "extract(epoch from %s) - " + (from.toEpochMilli() / 1000.0);
        StringBuilder stages = new StringBuilder();
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT percentile_cont(ARRAY[0.5, 0.9, 1.0]) WITHIN GROUP (ORDER BY " + String.format(after,
                        "last_event_at") + "), percentile_cont(ARRAY[0.5, 0.9, 1.0]) WITHIN GROUP (ORDER BY "
                        + String.format(after, "settled_at") + "), count(DISTINCT settled_at), "
                        + "(SELECT count(*) FROM call_link WHERE call_ref = ANY(?)) "
                        + "FROM phone_call WHERE call_ref = ANY(?)")) {
            Array ids = db.createArrayOf("varchar", callIds.toArray());
            s.setArray(1, ids);
            s.setArray(2, ids);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                stages.append(String.format("  hang-ups applied at %s s, calls settled at %s s (50/90/100 %%),"
                                + " in %d settlement batches; Linkedids learned: %d%n", seconds(r.getArray(1)),
                        seconds(r.getArray(2)), r.getLong(3), r.getLong(4)));
            }
        }
        return stages.toString();
    }

    private static String seconds(Array percentiles) throws java.sql.SQLException {
        Object[] values = (Object[]) percentiles.getArray();
        return String.format("%.2f/%.2f/%.2f", values[0], values[1], values[2]);
    }

    private static Instant lastSettledAt(List<String> callIds) throws Exception {
        return latest("settled_at", callIds);
    }

    /** When the server applied the last fact it was told of these calls. */
    private static Instant lastEventAt(List<String> callIds) throws Exception {
        return latest("last_event_at", callIds);
    }

    private static Instant latest(String column, List<String> callIds) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT max(" + column + ") FROM phone_call WHERE call_ref = ANY(?)")) {
            s.setArray(1, db.createArrayOf("varchar", callIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp at = r.getTimestamp(1);
                return at.toInstant();
            }
        }
    }

    private static long single(String sql, List<String> values) {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("varchar", values.toArray());
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages the call-event queue has taken since the server started (Artemis' counter, read through the CLI). */
    private static long callEventMessagesSoFar() throws Exception {
        return serverCounter("/subsystem=messaging-activemq/server=default/jms-queue=AeimsCallEvents"
                + ":read-attribute(name=messages-added)");
    }

    /**
     * Waits, at most a minute, until the server's JIT compiler has (almost) nothing left to compile: the API rounds
     * before leave it a queue that would otherwise be compiled while the calls' events are timed. Each poll is a CLI
     * run of about a second. Returns the seconds waited.
     */
    private static double awaitQuietCompiler() throws Exception {
        Instant start = Instant.now();
        String compiledMillis = "/core-service=platform-mbean/type=compilation"
                + ":read-attribute(name=total-compilation-time)";
        long before = serverCounter(compiledMillis);
        while (Instant.now().isBefore(start.plusSeconds(60))) {
            long now = serverCounter(compiledMillis);
            if (now - before < 50) {
                break;
            }
            before = now;
        }
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static long serverCounter(String operation) throws Exception {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        Process read = new ProcessBuilder(cli.toString(), "--connect", "--command=" + operation)
                .redirectErrorStream(true).start();
        String output = new String(read.getInputStream().readAllBytes());
        Matcher value = Pattern.compile("\"result\" => (\\d+)L").matcher(output);
        if (!read.waitFor(60, TimeUnit.SECONDS) || !value.find()) {
            throw new IllegalStateException("could not read " + operation + ": " + output);
        }
        return Long.parseLong(value.group(1));
    }

    private static void report(List<Timed> atOnce, List<Timed> inTwoBursts) throws Exception {
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Files.createDirectories(dir);
        StringBuilder report = new StringBuilder(String.format("%n=== Telephony benchmark: %d calls at once, %d"
                        + " customers, %d-minute calls, %d timed rounds of each kind (median, min-max) ===%n"
                        + "calls started through the API (hold, operator busy, AMI Originate): %s calls/s%n"
                        + "whole event streams replayed at once; settled end to end:          %s calls/s"
                        + " (%.2f call-event messages a call)%n"
                        + "set-ups in one burst, then hang-ups in another; end to end:        %s calls/s"
                        + " (%.2f call-event messages a call)%n",
                CALLS, CUSTOMERS, 2, atOnce.size(), rates(atOnce.stream().map(Timed::initiatedPerSecond).toList()),
                rates(atOnce.stream().map(t -> CALLS / t.seconds()).toList()), median(atOnce.stream()
                        .map(Timed::messagesPerCall).toList()),
                rates(inTwoBursts.stream().map(t -> CALLS / t.seconds()).toList()), median(inTwoBursts.stream()
                        .map(Timed::messagesPerCall).toList())));
        report.append(String.format("events as recorded %s; the PBX's channel event log into PostgreSQL: %s%n",
                "local".equals(System.getProperty("aeims.bench.call-recording"))
                        ? "through Local channels only (one bridge)" : "through the platform's dialplan (two bridges)",
                System.getProperty("aeims.bench.pbx-channel-event-log", "true").equals("true") ? "on" : "off"));
        inTwoBursts.forEach(round -> report.append(round.stages()));
        List<Timed> all = new ArrayList<>(atOnce);
        all.addAll(inTwoBursts);
        report.append(String.format("waited for the server's JIT compiler to go quiet before each timed round: %s s%n",
                all.stream().map(round -> String.format("%.0f", round.compilerWait())).toList()));
        report.append(String.format("lost: 0, settled twice: 0, every charge $8.97, ledger invariants hold%n"));
        double rate = median(atOnce.stream().map(t -> CALLS / t.seconds()).toList());
        for (String baseline : List.of("ledger", "pgbench")) {
            Path figures = dir.resolve(baseline + ".properties");
            if (Files.exists(figures)) {
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(figures)) {
                    p.load(in);
                }
                double other = Double.parseDouble(p.getProperty("rate"));
                report.append(String.format("ratio of the at-once median to %-7s settlements alone (%8.1f/s): %8.3f%n",
                        baseline, other, rate / other));
            }
        }
        System.out.println(report);
        Files.writeString(dir.resolve("telephony-report.txt"), report.toString());
    }

    private static String rates(List<Double> rates) {
        return String.format("%8.1f (%.1f-%.1f)", median(rates), Collections.min(rates), Collections.max(rates));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
