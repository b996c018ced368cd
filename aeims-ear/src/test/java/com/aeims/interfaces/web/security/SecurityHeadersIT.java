package com.aeims.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every response carries the browser's defences; behind a TLS-terminating proxy the session stays HTTPS-only. */
class SecurityHeadersIT extends AeimsIT {

    @Test
    void pagesApiThemesAndErrorsAllForbidFramingSniffingAndCrossSiteReferrers() {
        ApiClient visitor = new ApiClient(baseUri()).confirmedAdult();
        for (String path : List.of("index.xhtml?site=flirts-nyc", "login.xhtml", "api/operators", "theme/flirts-nyc.css",
                "no-such-page.xhtml", "api/no-such-resource")) {
            HttpHeaders headers = visitor.get(path).raw().headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    path + " may be framed: " + headers.map());
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), path + " asked plain http for HSTS");
        }
    }

    @Test
    void aPageRunsOnlyScriptsCarryingTheNonceItsPolicyNamesAndHasNoHandlersInItsMarkup() {
        ApiClient visitor = new ApiClient(baseUri()).confirmedAdult();
        for (String path : List.of("index.xhtml?site=flirts-nyc", "login.xhtml", "register.xhtml")) {
            ApiClient.Reply page = visitor.get(path);
            String policies = String.join(", ", page.raw().headers().allValues("Content-Security-Policy"));
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policies);
            assertTrue(nonce.find(), path + " lets any script run: " + policies);

            Matcher script = Pattern.compile("<script[^>]*>").matcher(page.body());
            int scripts = 0;
            while (script.find()) {
                scripts++;
                assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), path + ": " + script.group());
            }
            assertTrue(scripts > 0, path + " has no scripts to check");
            Matcher handler = Pattern.compile("\\son[a-z]+=\"").matcher(page.body());
            assertFalse(handler.find(), path + " has an event handler in its markup");
        }
    }

    @Test
    void behindATlsTerminatingProxyTheSessionCookieIsSecureAndHttpsIsRemembered() {
        ApiClient.Reply page = new ApiClient(baseUri())
                .getWithHeaders("login.xhtml", Map.of("X-Forwarded-Proto", "https"));

        assertEquals(200, page.status());
        String session = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.toLowerCase().contains("; secure"), session);
        assertTrue(page.raw().headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                page.raw().headers().map().toString());
    }
}
