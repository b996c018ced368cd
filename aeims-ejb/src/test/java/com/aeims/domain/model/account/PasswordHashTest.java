package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void matchesTheOriginalPasswordAfterARoundTripThroughItsEncoding() {
        PasswordHash hash = PasswordHash.of("correct horse 9".toCharArray());
        PasswordHash parsed = PasswordHash.parse(hash.encoded());
        assertTrue(parsed.matches("correct horse 9".toCharArray()));
        assertFalse(parsed.matches("correct horse 8".toCharArray()));
    }

    @Test
    void usesAtLeastSixHundredThousandIterations() {
        PasswordHash hash = PasswordHash.of("whatever-1".toCharArray());
        assertTrue(hash.iterations() >= 600_000);
        assertTrue(hash.encoded().startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void saltsEachHashSoEqualPasswordsGiveDifferentHashes() {
        assertNotEquals(PasswordHash.of("same-pass-1".toCharArray()).encoded(),
                PasswordHash.of("same-pass-1".toCharArray()).encoded());
    }

    @Test
    void refusesForeignHashFormats() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("$2a$10$abcdefghijklmnopqrstuv"));
    }

    @Test
    void neverPrintsTheHashItself() {
        assertEquals("pbkdf2-sha256$600000$…", PasswordHash.of("secret-42x".toCharArray()).toString());
    }
}
