package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A browser test against the server started as the run command starts it: demo mode. */
public abstract class BrowserIT extends AeimsIT {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(baseUri());
    }

    /** Every browser test also proves its pages run under the Content-Security-Policy: nothing of ours refused. */
    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            browser.screenshotAll(getClass().getSimpleName() + "." + test.getTestMethod().map(m -> m.getName()).orElse("test"));
            assertEquals(List.of(), browser.takeRefusedScripts(), "scripts refused by the Content-Security-Policy");
        } finally {
            browser.close();
        }
    }
}
