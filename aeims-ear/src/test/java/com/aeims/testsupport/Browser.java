package com.aeims.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Debian's Chromium driven by Playwright; one per test class, a fresh context per simulated person. */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("AEIMS_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final URI base;
    private final List<Page> pages = new java.util.ArrayList<>();
    private final List<String> refusedScripts = new CopyOnWriteArrayList<>();

    public Browser(URI base) {
        this.base = base;
        // the first pages of a freshly started server render slowly while the JIT warms up
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new person with an empty cookie jar. */
    public Page newPerson() {
        return newPerson(1280, 900);
    }

    public Page newPerson(int width, int height) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setBaseURL(base.toString()));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        // Chromium reports every script the page's Content-Security-Policy kept from running on the console
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedScripts.add(page.url() + ": " + message.text());
            }
        });
        pages.add(page);
        return page;
    }

    /** A person who has already passed the 18+ gate on an earlier visit. */
    public Page newAdult(int width, int height) {
        Page page = newPerson(width, height);
        page.context().addCookies(List.of(new Cookie("aeims_age_ok", "yes").setUrl(base.toString())));
        return page;
    }

    public Page newAdult() {
        return newAdult(1280, 900);
    }

    public static void screenshot(Page page, String name) {
        Path directory = Path.of(System.getProperty("aeims.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Logs in through the login page, with the authenticator's code when the account uses one; an admin asked to set
     * the app up reads the key off the page into {@link Authenticator} and logs in again with its code.
     */
    public static void logIn(Page page, String email, String password) {
        page.navigate("login.xhtml");
        submitLogin(page, email, password, Authenticator.knows(email) ? Authenticator.code(email) : "");
        if (page.locator("#totp-secret").count() > 0) {
            Authenticator.remember(email, page.locator("#totp-secret").textContent().strip());
            submitLogin(page, email, password, Authenticator.code(email));
        }
        if (page.locator("#recovery-codes").count() > 0) {
            // the set-up's recovery codes, shown once: a person saves them and goes on
            page.click("#continue");
            page.waitForLoadState();
        }
    }

    private static void submitLogin(Page page, String email, String password, String code) {
        page.fill("#login\\:email", email);
        page.fill("#login\\:password input, input#login\\:password", password);
        page.fill("#login\\:code", code);
        page.click("#login\\:submit");
        page.waitForLoadState();
    }

    /**
     * What the pages' Content-Security-Policy refused since the last call: a test that injects a script takes its
     * refusal here; any other refusal is a page of ours that no longer works under the policy.
     */
    public List<String> takeRefusedScripts() {
        List<String> taken = List.copyOf(refusedScripts);
        refusedScripts.removeAll(taken);
        return taken;
    }

    /** Keeps the last state of every page a test opened, as a build artifact and for diagnosing failures. */
    public void screenshotAll(String testName) {
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).isClosed()) {
                screenshot(pages.get(i), "final/" + testName + "-" + (i + 1));
            }
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
