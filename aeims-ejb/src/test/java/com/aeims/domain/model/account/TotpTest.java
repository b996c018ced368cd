package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchRfc6238TestVectors() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
        // the RFC's 8-digit values, last six digits
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeIsGoodWithinOneStepOfNowAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String previous = Totp.code(RFC_SECRET, step - 1);
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, previous, now, 0));
        assertTrue(Totp.matchingStep(RFC_SECRET, previous, now, step - 1).isEmpty(), "used already");
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0).isEmpty(), "too old");
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step).isEmpty(),
                "no code older than the last accepted");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now,
                step));
        assertTrue(Totp.matchingStep(RFC_SECRET, "12345", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, null, now, 0).isEmpty());
    }

    @Test
    void secretsRoundTripThroughBase32AndTheUriCarriesThem() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(secret, Totp.base32(Totp.fromBase32(secret)));
        String uri = Totp.uri("AEIMS", "admin@example.org", secret);
        assertTrue(uri.startsWith("otpauth://totp/AEIMS:admin%40example.org?secret=" + secret + "&issuer=AEIMS"), uri);
    }

    @Test
    void recoveryCodesAreTenDistinctOneTimeWordsKeptAsHashes() {
        var codes = SecondFactor.newRecoveryCodes();
        assertEquals(SecondFactor.RECOVERY_CODES, codes.stream().distinct().count());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code));
        assertTrue(SecondFactor.looksLikeRecoveryCode(codes.get(0)));
        assertTrue(!SecondFactor.looksLikeRecoveryCode("123 456"));
        assertEquals(SecondFactor.hashOf(codes.get(0)), SecondFactor.hashOf(" " + codes.get(0).toUpperCase() + " "));
    }
}
