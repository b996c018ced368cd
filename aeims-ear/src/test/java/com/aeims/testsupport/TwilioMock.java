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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Twilio API for the test server: a Prism mock (installed by the build from npm) on Twilio's official OpenAPI
 * description, so each request the real Twilio SDK sends is validated and a request Twilio would reject fails.
 * Starts before Arquillian starts WildFly, which gets the mock's address and an account made up for this run. The
 * server reaches Prism through {@link TwilioRecorder}, which keeps the texts it was asked to send, as a phone would.
 */
public class TwilioMock implements LauncherSessionListener {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b\\d{6}\\b");

    private static String accountSid;
    private static String authToken;
    private static Path log;
    private static TwilioRecorder recorder;

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
            recorder = TwilioRecorder.start(port);
            System.setProperty("aeims.it.server.twilio.args", "-Daeims.twilio.account-sid=" + accountSid
                    + " -Daeims.twilio.auth-token=" + authToken + " -Daeims.twilio.api-base=" + recorder.base()
                    + " -Daeims.twilio.sms-number=+18885550100 -Daeims.twilio.sms-numbers=+18885550101,+18885550102"
                    + " -Daeims.twilio.trunk-sid=TK" + HexFormat.of().formatHex(random.generateSeed(16))
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

    /**
     * The one-time code the server texted to a number (the latest, waiting a few seconds for it): what its owner
     * would read on their phone.
     */
    public static String codeTextedTo(String number) {
        ensureStarted();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Optional<String> code = recorder.textsTo(number).stream()
                    .map(SIX_DIGITS::matcher)
                    .filter(Matcher::find).map(Matcher::group)
                    .reduce((first, second) -> second);
            if (code.isPresent()) {
                return code.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no code was texted to " + number);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Every text the server asked Twilio to send to the number, oldest first. */
    public static List<String> textsTo(String number) {
        ensureStarted();
        return recorder.textsTo(number);
    }

    /** The numbers the test account holds now: what the server bought and did not give back. */
    public static List<TwilioNumbers.Held> numbersHeld() {
        ensureStarted();
        return recorder.numbers().held();
    }

    /** A number in the account the server did not buy through its own records, under this friendly name. */
    public static TwilioNumbers.Held addNumber(String phoneNumber, String friendlyName) {
        ensureStarted();
        return recorder.numbers().add(phoneNumber, friendlyName);
    }

    /** Twilio refuses the next purchase (the number was taken meanwhile). */
    public static void refuseNextPurchase() {
        ensureStarted();
        recorder.numbers().refuseNextPurchase();
    }

    /** Twilio makes the next purchase, but that answer is lost on the way back (a second try gets its own). */
    public static void loseNextPurchaseAnswer() {
        ensureStarted();
        recorder.numbers().loseNextPurchaseAnswer();
    }

    /** While on, Twilio makes purchases but none of its answers reach the server (a gateway down on the way back). */
    public static void losePurchaseAnswers(boolean lost) {
        ensureStarted();
        recorder.numbers().losePurchaseAnswers(lost);
    }

    /** What the mock printed: every request it received and how it judged it. */
    public static String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }
}
