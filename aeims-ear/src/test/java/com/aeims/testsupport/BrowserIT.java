package com.aeims.testsupport;

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

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshotAll(getClass().getSimpleName() + "." + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.close();
    }
}
