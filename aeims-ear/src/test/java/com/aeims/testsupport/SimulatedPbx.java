package com.aeims.testsupport;

import com.aeims.jca.asterisk.peer.AmiPbx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Asterisk the test server's AMI adapter logs in to: a simulated PBX on loopback that replays recorded Asterisk
 * 22 sessions (see aeims-jca-asterisk's test tree). Starts with the test run, before Arquillian starts WildFly,
 * because the server's adapter settings (port, a secret made up for this run) come from it.
 */
public class SimulatedPbx implements LauncherSessionListener {

    private static AmiPbx pbx;

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
            System.setProperty("aeims.it.server.ami.args", "-Daeims.ami.host=127.0.0.1 -Daeims.ami.port=" + pbx.port()
                    + " -Daeims.ami.secret=" + secret + " -Daeims.ami.reconnect-millis=500");
        }
        return pbx;
    }

    /** A phone number no other test uses, so a test's calls follow its own script. */
    public static String uniqueNumber() {
        return "+1555" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }
}
