package com.aeims.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser test against the server started as the run command starts it: demo mode. */
public abstract class BrowserIT extends AeimsIT {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(baseUri());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
