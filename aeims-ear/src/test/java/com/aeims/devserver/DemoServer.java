package com.aeims.devserver;

import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.jca.asterisk.peer.AmiPbx;
import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.jca.asterisk.peer.EventFilter;
import com.aeims.testsupport.ChannelEventTable;
import com.aeims.testsupport.EmbeddedDatabase;
import com.aeims.testsupport.SimulatedPbx;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: a PostgreSQL (embedded, or the throwaway one AEIMS_DB_URL names), WildFly with the
 * EAR in demo mode, and the URLs and demo logins printed. Runs until Ctrl-C, then stops everything.
 * Arguments: WILDFLY_HOME EAR_FILE EMBEDDED_DATA_DIRECTORY.
 */
public final class DemoServer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(4);

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        Path dataDirectory = Path.of(args[2]);

        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        EmbeddedPostgres embedded = null;
        if (isBlank(environment.get("AEIMS_DB_URL"))) {
            Files.createDirectories(dataDirectory);
            int port = Integer.parseInt(environment.getOrDefault("AEIMS_DEMO_DB_PORT", "5433"));
            embedded = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).start();
            environment.put("AEIMS_DB_URL", "jdbc:postgresql://localhost:" + port + "/postgres");
            environment.put("AEIMS_DB_USER", "postgres");
            environment.put("AEIMS_DB_PASSWORD", "embedded");
            EmbeddedDatabase.markThrowaway(environment.get("AEIMS_DB_URL"), "postgres", "embedded");
            System.out.println("Embedded PostgreSQL 17 on port " + port + ", data in " + dataDirectory);
        } else if (!markedThrowaway(environment)) {
            System.err.println("The run command loads demo accounts whose passwords are published, so it runs only"
                    + " on a throwaway database. " + environment.get("AEIMS_DB_URL") + " is not marked as one: unset"
                    + " AEIMS_DB_URL to use the embedded database, or mark it with COMMENT ON DATABASE <name> IS '"
                    + DemoData.THROWAWAY_MARK + "'.");
            System.exit(1);
        } else {
            System.out.println("Using the throwaway database at " + environment.get("AEIMS_DB_URL"));
        }

        if (isBlank(environment.get("AEIMS_AMI_HOST"))) {
            // no Asterisk named: a simulated one, as Asterisk with the committed config/asterisk files would be: the
            // customer's phone answers, the operator's rings a few seconds and answers, and they talk until one
            // hangs up; its channel event log goes into the demo database
            String secret = java.util.UUID.randomUUID().toString();
            AmiPbx pbx = new AmiPbx("aeims", secret, 0);
            pbx.defaultScript(CallScript.bridgedUntilEnded().ringing(Duration.ofSeconds(3))
                    .realRing(Duration.ofSeconds(3)));
            pbx.eventFilter(EventFilter.ofManagerConf(SimulatedPbx.asteriskConfig().resolve("manager.conf"), "aeims"));
            String url = environment.get("AEIMS_DB_URL");
            String user = environment.get("AEIMS_DB_USER");
            String password = environment.get("AEIMS_DB_PASSWORD");
            pbx.channelEventLog(new ChannelEventTable(() -> DriverManager.getConnection(url, user, password)));
            environment.put("AEIMS_AMI_HOST", "127.0.0.1");
            environment.put("AEIMS_AMI_PORT", Integer.toString(pbx.port()));
            environment.put("AEIMS_AMI_SECRET", secret);
            // recorded calls (where a site and an operator turn recording on) are written where the server reads them
            Path recordings = Path.of("target", "recordings").toAbsolutePath();
            pbx.recordTo(recordings);
            environment.put("AEIMS_RECORDINGS_DIR", recordings.toString());
            System.out.println("Simulated Asterisk (AMI) on port " + pbx.port() + ": every call is answered (the "
                    + "platform's dialplan, two bridges a call)");
        } else {
            System.out.println("Using the Asterisk at " + environment.get("AEIMS_AMI_HOST"));
        }

        Path deployments = wildflyHome.resolve("standalone/deployments");
        for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
            Files.deleteIfExists(deployments.resolve("aeims.ear" + marker));
        }
        Files.copy(ear, deployments.resolve("aeims.ear"), StandardCopyOption.REPLACE_EXISTING);

        List<String> command = new ArrayList<>(List.of(wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-Daeims.demo=true",
                // the build's private temp directory (exec:java set it for this JVM), as for every JVM it starts
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        String bind = environment.get("AEIMS_BIND_ADDRESS");
        if (!isBlank(bind)) {
            command.add("-b");
            command.add(bind);
        }
        ProcessBuilder launch = new ProcessBuilder(command).inheritIO().directory(wildflyHome.toFile());
        launch.environment().putAll(environment);
        Process wildfly = launch.start();
        EmbeddedPostgres database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, database)));

        Path deployed = deployments.resolve("aeims.ear.deployed");
        Path failed = deployments.resolve("aeims.ear.failed");
        Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
        while (!Files.exists(deployed) && !Files.exists(failed) && wildfly.isAlive()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        if (!Files.exists(deployed)) {
            System.err.println("AEIMS did not deploy; see the server log above"
                    + (Files.exists(failed) ? ": " + Files.readString(failed) : ""));
            System.exit(1);
        }
        printWelcome(isBlank(bind) ? "localhost" : bind);
        System.exit(wildfly.waitFor());
    }

    private static boolean markedThrowaway(Map<String, String> environment) throws SQLException {
        try (Connection db = DriverManager.getConnection(environment.get("AEIMS_DB_URL"),
                environment.get("AEIMS_DB_USER"), environment.get("AEIMS_DB_PASSWORD"));
             Statement query = db.createStatement();
             ResultSet mark = query.executeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                     + " WHERE datname = current_database()")) {
            return mark.next() && DemoData.THROWAWAY_MARK.equals(mark.getString(1));
        }
    }

    private static void printWelcome(String host) {
        String base = "http://" + host + ":8080/";
        System.out.println();
        System.out.println("=================================================================");
        System.out.println(" AEIMS is running (demo data loaded). Ctrl-C stops everything.");
        System.out.println();
        System.out.println(" Flirts NYC:  " + base + "?site=flirts-nyc");
        System.out.println(" NYC Flirts:  " + base + "?site=nycflirts");
        System.out.println(" SexaComms:   " + base + "?site=sexacomms");
        System.out.println(" API:         " + base + "api/operators");
        System.out.println();
        System.out.println(" Demo customer:  " + DemoData.CUSTOMER_EMAIL + " / " + DemoData.CUSTOMER_PASSWORD);
        System.out.println(" Demo admin:     " + DemoData.ADMIN_EMAIL + " / " + DemoData.ADMIN_PASSWORD
                + " (the first login sets up an authenticator app)");
        System.out.println(" Demo operators (password " + DemoData.OPERATOR_PASSWORD + "):");
        DemoData.OPERATOR_EMAILS.forEach(email -> System.out.println("   " + email));
        System.out.println("=================================================================");
    }

    private static void stop(Process wildfly, EmbeddedPostgres database) {
        if (wildfly.isAlive()) {
            wildfly.descendants().forEach(ProcessHandle::destroy);
            wildfly.destroy();
            try {
                wildfly.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
