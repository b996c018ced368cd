package com.aeims.testsupport;

import com.aeims.jca.asterisk.peer.AmiPbx;
import com.aeims.jca.asterisk.peer.EventFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Asterisk the test server's AMI adapter logs in to: a simulated PBX on loopback that replays recorded Asterisk
 * 22 sessions (see aeims-jca-asterisk's test tree), filtered as the committed manager.conf filters them, and writes
 * its channel event log into the test database as the committed cel_pgsql.conf makes Asterisk do. Starts with the test run, before Arquillian starts WildFly,
 * because the server's adapter settings (port, a secret made up for this run) come from it.
 */
public class SimulatedPbx implements LauncherSessionListener {

    private static AmiPbx pbx;
    private static ChannelEventTable channelEventLog;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        pbx();
    }

    public static synchronized AmiPbx pbx() {
        if (pbx == null) {
            String secret = UUID.randomUUID().toString();
            try {
                pbx = new AmiPbx("aeims", secret, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the simulated PBX", e);
            }
            // as Asterisk with the committed config/asterisk files: the AMI user hears only what manager.conf's
            // event filter lets through, and the PBX logs its channel events (cel.conf) into AEIMS' database
            pbx.eventFilter(EventFilter.ofManagerConf(asteriskConfig().resolve("manager.conf"), "aeims"));
            channelEventLog = new ChannelEventTable(EmbeddedDatabase::connect);
            pbx.channelEventLog(channelEventLog);
            // MixMonitor's directory, shared with the server as a real PBX's is mounted on it (inside the build)
            Path recordings = Path.of("target", "recordings").toAbsolutePath();
            pbx.recordTo(recordings);
            System.setProperty("aeims.it.server.ami.args", "-Daeims.ami.host=127.0.0.1 -Daeims.ami.port=" + pbx.port()
                    + " -Daeims.ami.secret=" + secret + " -Daeims.ami.reconnect-millis=500"
                    + " -Daeims.recordings.dir=" + recordings);
        }
        return pbx;
    }

    /**
     * Until closed, the PBX's channel event log is lost, as Asterisk loses it while it cannot reach the database.
     */
    public static synchronized AutoCloseable channelEventLogDown() {
        pbx().channelEventLog(row -> { });
        return () -> pbx().channelEventLog(channelEventLog);
    }

    /** The committed Asterisk side of the contract (config/asterisk). */
    public static Path asteriskConfig() {
        return Path.of(System.getProperty("aeims.asterisk-config", "../config/asterisk"));
    }

    /** A phone number no other test uses, so a test's calls follow its own script. */
    public static String uniqueNumber() {
        return "+1555" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }
}
