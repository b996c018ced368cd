package com.aeims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY_IN_APP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static byte[] key(int fill) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensUnderItsKeyAndDoesNotShowTheSecret() {
        SecretBox box = new SecretBox(key(1));
        String sealed = box.seal(KEY_IN_APP);

        assertTrue(SecretBox.isSealed(sealed), sealed);
        assertFalse(sealed.contains(KEY_IN_APP), sealed);
        assertEquals(KEY_IN_APP, box.open(sealed));
        assertNotEquals(sealed, box.seal(KEY_IN_APP), "each sealing has its own nonce");
    }

    @Test
    void anotherKeyOrAnAlteredValueIsRefusedNotMisread() {
        String sealed = new SecretBox(key(1)).seal(KEY_IN_APP);
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(2)).open(sealed));

        byte[] raw = Base64.getDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
        raw[raw.length - 20] ^= 1;
        String altered = SecretBox.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(1)).open(altered));
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(1)).open(KEY_IN_APP));
    }

    @Test
    void onlyA256BitKeyIsTaken() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
    }
}
