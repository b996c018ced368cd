package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Restarts the managed WildFly the way ops would reload it: every service and deployment stops and starts again. */
public final class ServerReload {

    private ServerReload() {
    }

    /** Reloads the server and waits until the application answers again; sessions do not survive it. */
    public static void reload(URI baseUri) throws Exception {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        // the CLI gives up connecting after 5 s by default, which a busy 2-core machine has exceeded
        Process reload = new ProcessBuilder(cli.toString(), "--connect", "--timeout=30000", "--command=reload")
                .redirectErrorStream(true).start();
        String output = new String(reload.getInputStream().readAllBytes());
        assertTrue(reload.waitFor(120, TimeUnit.SECONDS) && reload.exitValue() == 0, output);
        ApiClient anyone = new ApiClient(baseUri);
        Eventually.await(Duration.ofSeconds(90), "the application is back",
                () -> anyone.get("api/operators").status() == 200);
    }
}
