package com.aeims.bench;

import com.aeims.application.money.BillingService;
import com.aeims.application.money.CallTerms;
import com.aeims.application.money.CallToSettle;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Call settlements per second: posting a call's hold when the call ends (split to operator and platform, free
 * minutes consumed, the rest given back), through the real EJBs and ledger inside WildFly, one call per transaction
 * from several threads and in the settlement drain's batches from one; then one settlement per transaction as raw
 * SQL through pgbench on the same PostgreSQL, and the ratios. Holds are placed beforehand, as calls place them when
 * they start. Run with {@code ./mvnw -Pbench verify}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementBench {

    private static final int CUSTOMERS = Integer.getInteger("aeims.bench.customers", 200);
    private static final int OPERATORS = Integer.getInteger("aeims.bench.operators", 20);
    private static final int THREADS = Integer.getInteger("aeims.bench.threads", 4);
    private static final int WARM_UP = Integer.getInteger("aeims.bench.warmup", 4_000);
    private static final int SETTLEMENTS = Integer.getInteger("aeims.bench.settlements", 20_000);
    /** As many calls as the settlement drain takes in one transaction (CallSettlementDrain). */
    private static final int BATCH = Integer.getInteger("aeims.bench.batch", 200);

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(SettlementBench.class);
    }

    @Inject
    private BillingService billing;

    @Inject
    private MoneyAdministration admin;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    private record PlacedHold(long id, String call, long customer) {
    }

    @Test
    @Order(1)
    void ledgerSettlementsPerSecond() throws Exception {
        long adminId = LedgerFixtures.admin(dataSource);
        List<Long> operators = new ArrayList<>();
        for (int i = 0; i < OPERATORS; i++) {
            operators.add(LedgerFixtures.operator(dataSource));
        }
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            long customer = LedgerFixtures.customer(dataSource);
            for (int grant = 0; grant < 4; grant++) {
                // every hold is placed before any is settled: about 340 holds of $10 per customer
                admin.grantCredit(adminId, customer, 100_000, "bench funds", UUID.randomUUID().toString());
            }
            admin.grantFreeMinutes(adminId, customer, null, 10_000, Instant.now().plus(30, ChronoUnit.DAYS),
                    "bench minutes", UUID.randomUUID().toString());
            customers.add(customer);
        }
        List<PlacedHold> forLedger = place(customers, WARM_UP + SETTLEMENTS);
        List<PlacedHold> forBatches = place(customers, WARM_UP + SETTLEMENTS);
        List<PlacedHold> forPgbench = place(customers, SETTLEMENTS);

        settle(forLedger.subList(0, WARM_UP), operators);
        Instant start = Instant.now();
        settle(forLedger.subList(WARM_UP, forLedger.size()), operators);
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;

        settleInBatches(forBatches.subList(0, WARM_UP), operators);
        start = Instant.now();
        settleInBatches(forBatches.subList(WARM_UP, forBatches.size()), operators);
        double batchedSeconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        LedgerInvariants.check(dataSource);

        List<Long> pgbenchHolds = forPgbench.stream().map(PlacedHold::id).sorted().toList();
        if (pgbenchHolds.get(pgbenchHolds.size() - 1) - pgbenchHolds.get(0) + 1 != pgbenchHolds.size()) {
            throw new IllegalStateException("the holds for pgbench are not one id range");
        }
        Properties result = new Properties();
        result.setProperty("settlements", Integer.toString(SETTLEMENTS));
        result.setProperty("rate", Double.toString(SETTLEMENTS / seconds));
        result.setProperty("batchedRate", Double.toString(SETTLEMENTS / batchedSeconds));
        result.setProperty("holdmin", Long.toString(pgbenchHolds.get(0)));
        result.setProperty("holds", Integer.toString(pgbenchHolds.size()));
        result.setProperty("opmin", Long.toString(operators.get(0)));
        result.setProperty("opmax", Long.toString(operators.get(operators.size() - 1)));
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Files.createDirectories(dir);
        try (var out = Files.newBufferedWriter(dir.resolve("ledger.properties"))) {
            result.store(out, "ledger settlements");
        }
    }

    private List<PlacedHold> place(List<Long> customers, int count) throws InterruptedException {
        List<PlacedHold> placed = Collections.synchronizedList(new ArrayList<>());
        parallel(count, i -> {
            long customer = customers.get(i % customers.size());
            String call = UUID.randomUUID().toString();
            Hold hold = billing.placeHold("hold:" + call, customer, 1000, "CALL", call, Duration.ofHours(2));
            placed.add(new PlacedHold(hold.id(), call, customer));
        });
        return new ArrayList<>(placed);
    }

    private void settle(List<PlacedHold> holds, List<Long> operators) throws InterruptedException {
        parallel(holds.size(), i -> {
            PlacedHold hold = holds.get(i);
            billing.settleCall(hold.id(), new CallTerms(operatorOf(hold, operators), 399, 99, 80), true, 95,
                    hold.call());
        });
    }

    /** One thread, as the server's settlement drain: each transaction settles the next {@code BATCH} calls. */
    private void settleInBatches(List<PlacedHold> holds, List<Long> operators) {
        for (int from = 0; from < holds.size(); from += BATCH) {
            billing.settleCalls(holds.subList(from, Math.min(holds.size(), from + BATCH)).stream()
                    .map(hold -> new CallToSettle(hold.id(), new CallTerms(operatorOf(hold, operators), 399, 99, 80),
                            true, 95, hold.call()))
                    .toList());
        }
    }

    // the same hold-to-operator pairing as the pgbench script: by customer
    private static long operatorOf(PlacedHold hold, List<Long> operators) {
        return operators.get((int) (hold.customer() % operators.size()));
    }

    private void parallel(int count, IntConsumer task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(threads.newThread(() -> {
                for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                    try {
                        task.accept(i);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the benchmark's work failed", failure.get());
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void pgbenchBaselineAndRatio() throws Exception {
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Properties ledger = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("ledger.properties"))) {
            ledger.load(in);
        }
        long platformAccount;
        try (Connection db = EmbeddedDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("DROP SEQUENCE IF EXISTS bench_hold");
            sql.execute("CREATE SEQUENCE bench_hold START " + ledger.getProperty("holdmin"));
            try (ResultSet row = sql.executeQuery(
                    "SELECT id FROM ledger_account WHERE kind = 'PLATFORM_REVENUE' AND owner_id IS NULL")) {
                row.next();
                platformAccount = row.getLong(1);
            }
        }
        Path script = dir.resolve("settlement.pgbench.sql");
        try (InputStream in = SettlementBench.class.getResourceAsStream("/bench/settlement.pgbench.sql")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        int perClient = Integer.parseInt(ledger.getProperty("holds")) / THREADS;
        var url = java.net.URI.create(System.getProperty("aeims.it.server.db.url").substring("jdbc:".length()));
        List<String> command = List.of("pgbench", "-n", "-h", url.getHost(), "-p", Integer.toString(url.getPort()),
                "-U", System.getProperty("aeims.it.server.db.user"), "-M", "prepared", "-c", Integer.toString(THREADS),
                "-j", "2", "-t", Integer.toString(perClient), "-f", script.toString(),
                "-D", "plat=" + platformAccount, "-D", "opmin=" + ledger.getProperty("opmin"),
                "-D", "opmax=" + ledger.getProperty("opmax"), url.getPath().substring(1));
        ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getenv("AEIMS_DB_PASSWORD");
        if (password != null) {
            launch.environment().put("PGPASSWORD", password);
        }
        Process pgbench = launch.start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + output);
        }
        double baseline = Double.parseDouble(tps.group(1));
        double rate = Double.parseDouble(ledger.getProperty("rate"));
        double batchedRate = Double.parseDouble(ledger.getProperty("batchedRate"));
        String report = String.format("%n=== Call settlement benchmark: %d settlements, %d customers, %d operators ===%n"
                        + "ledger, one call per transaction (EJB settleCall, %d threads):      %8.1f settlements/s%n"
                        + "ledger, %d calls per transaction (EJB settleCalls, 1 thread, as the%n"
                        + "    settlement drain runs):                                      %8.1f settlements/s%n"
                        + "pgbench, one settlement per transaction in raw SQL (%d clients):   %8.1f settlements/s%n"
                        + "ratio one per transaction / pgbench:                             %8.2f%n"
                        + "ratio batched / pgbench:                                         %8.2f%n",
                SETTLEMENTS, CUSTOMERS, OPERATORS, THREADS, rate, BATCH, batchedRate, THREADS, baseline,
                rate / baseline, batchedRate / baseline);
        System.out.println(report);
        Files.writeString(dir.resolve("report.txt"), report + "\npgbench output:\n" + output);
        Properties figures = new Properties();
        figures.setProperty("rate", Double.toString(baseline));
        try (var out = Files.newBufferedWriter(dir.resolve("pgbench.properties"))) {
            figures.store(out, "pgbench settlements");
        }
    }
}
