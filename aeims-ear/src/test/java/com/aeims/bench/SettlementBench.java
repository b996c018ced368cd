package com.aeims.bench;

import com.aeims.application.BillingService;
import com.aeims.application.CallTerms;
import com.aeims.application.MoneyAdministration;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * Call settlements per second through the real EJBs and ledger (inside WildFly), then the same statements as raw
 * SQL through pgbench on the same PostgreSQL, and the ratio. Run with {@code ./mvnw -Pbench verify}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementBench {

    private static final int CUSTOMERS = Integer.getInteger("aeims.bench.customers", 200);
    private static final int OPERATORS = Integer.getInteger("aeims.bench.operators", 20);
    private static final int THREADS = Integer.getInteger("aeims.bench.threads", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("aeims.bench.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("aeims.bench.seconds", 30));

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
            admin.grantCredit(adminId, customer, 100_000, "bench funds", UUID.randomUUID().toString());
            admin.grantFreeMinutes(adminId, customer, null, 10_000, Instant.now().plus(30, ChronoUnit.DAYS),
                    "bench minutes", UUID.randomUUID().toString());
            customers.add(customer);
        }
        run(customers, operators, WARM_UP);
        Instant start = Instant.now();
        long settled = run(customers, operators, MEASURE);
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        LedgerInvariants.check(dataSource);

        Properties result = new Properties();
        result.setProperty("settlements", Long.toString(settled));
        result.setProperty("seconds", Double.toString(seconds));
        result.setProperty("rate", Double.toString(settled / seconds));
        result.setProperty("cmin", Long.toString(customers.get(0)));
        result.setProperty("cmax", Long.toString(customers.get(customers.size() - 1)));
        result.setProperty("opmin", Long.toString(operators.get(0)));
        result.setProperty("opmax", Long.toString(operators.get(operators.size() - 1)));
        Path dir = Path.of(System.getProperty("aeims.bench.dir"));
        Files.createDirectories(dir);
        try (var out = Files.newBufferedWriter(dir.resolve("ledger.properties"))) {
            result.store(out, "ledger settlements");
        }
    }

    private long run(List<Long> customers, List<Long> operators, Duration length) throws InterruptedException {
        AtomicLong settled = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Instant end = Instant.now().plus(length);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int worker = t;
            workers.add(threads.newThread(() -> {
                int i = worker;
                while (Instant.now().isBefore(end) && failure.get() == null) {
                    long customer = customers.get(i % customers.size());
                    // the same customer-to-operator pairing as the pgbench script
                    CallTerms terms = new CallTerms(operators.get((int) (customer % operators.size())), 399, 99, 80);
                    i += THREADS;
                    try {
                        String call = UUID.randomUUID().toString();
                        Hold hold = billing.placeHold("hold:" + call, customer, 1000, "CALL", call,
                                Duration.ofHours(1));
                        billing.settleCall(hold.id(), terms, true, 95, call);
                        settled.incrementAndGet();
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
            throw new IllegalStateException("settlement failed during the benchmark", failure.get());
        }
        return settled.get();
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
        Path script = dir.resolve("settlement.pgbench.sql");
        try (InputStream in = SettlementBench.class.getResourceAsStream("/bench/settlement.pgbench.sql")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var url = java.net.URI.create(System.getProperty("aeims.it.server.db.url").substring("jdbc:".length()));
        List<String> command = List.of("pgbench", "-n", "-h", url.getHost(), "-p", Integer.toString(url.getPort()),
                "-U", System.getProperty("aeims.it.server.db.user"), "-M", "prepared", "-c", Integer.toString(THREADS),
                "-j", "2", "-T", Long.toString(MEASURE.toSeconds()), "-f", script.toString(),
                "-D", "cmin=" + ledger.getProperty("cmin"), "-D", "cmax=" + ledger.getProperty("cmax"),
                "-D", "opmin=" + ledger.getProperty("opmin"), "-D", "opmax=" + ledger.getProperty("opmax"),
                url.getPath().substring(1));
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
        String report = String.format("%n=== Settlement benchmark (%d threads, %d s, %d customers, %d operators) ===%n"
                        + "ledger (EJB + JDBC ledger, hold + settle): %10.1f settlements/s (%s settled)%n"
                        + "pgbench raw SQL, same statements:          %10.1f settlements/s%n"
                        + "ratio ledger / pgbench:                    %10.2f%n",
                THREADS, MEASURE.toSeconds(), CUSTOMERS, OPERATORS, rate, ledger.getProperty("settlements"), baseline,
                rate / baseline);
        System.out.println(report);
        Files.writeString(dir.resolve("report.txt"), report + "\npgbench output:\n" + output);
    }
}
