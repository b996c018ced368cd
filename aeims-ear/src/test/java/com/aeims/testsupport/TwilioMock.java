package com.aeims.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Twilio API for the test server: a Prism mock (installed by the build from npm) on Twilio's official OpenAPI
 * description, so each request the real Twilio SDK sends is validated and a request Twilio would reject fails.
 * Starts before Arquillian starts WildFly, which gets the mock's address and an account made up for this run.
 */
public class TwilioMock implements LauncherSessionListener {

    private static String accountSid;
    private static String authToken;
    private static Path log;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensureStarted();
    }

    public static synchronized void ensureStarted() {
        if (System.getProperty("aeims.it.server.twilio.args") != null) {
            return;
        }
        Path prism = Path.of(System.getProperty("aeims.it.prism", "target/prism/node_modules/.bin/prism"));
        Path description = Path.of(System.getProperty("aeims.it.twilio-oai", "target/test-classes/twilio/twilio_api_v2010.json"));
        if (!Files.isExecutable(prism)) {
            // only the benchmark and the demo run without it; nothing they do sends SMS
            System.setProperty("aeims.it.server.twilio.args", "");
            return;
        }
        SecureRandom random = new SecureRandom();
        accountSid = "AC" + HexFormat.of().formatHex(random.generateSeed(16));
        authToken = HexFormat.of().formatHex(random.generateSeed(16));
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            log = Files.createTempFile("prism", ".log");
            Process process = new ProcessBuilder(prism.toString(), "mock", "-h", "127.0.0.1", "-p",
                    Integer.toString(port), description.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!Files.readString(log).contains("Prism is listening")) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Twilio mock did not start:\n" + Files.readString(log));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
            System.setProperty("aeims.it.server.twilio.args", "-Daeims.twilio.account-sid=" + accountSid
                    + " -Daeims.twilio.auth-token=" + authToken + " -Daeims.twilio.api-base=http://localhost:" + port
                    + " -Daeims.twilio.sms-number=+18885550100 -Daeims.twilio.sms-numbers=+18885550101,+18885550102"
                    // a low limit, so SmsIT can reach it
                    + " -Daeims.sms.daily-per-conversation=3");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Twilio mock", e);
        }
    }

    /** The auth token the test server uses, to sign webhook calls as Twilio does. */
    public static String authToken() {
        ensureStarted();
        return authToken;
    }

    /** What the mock printed: every request it received and how it judged it. */
    public static String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }
}
