package com.aeims.infrastructure.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret the server has to read back (an authenticator app's key) with AES-256-GCM under a key kept outside
 * the database: a copy of the database or of its backups gives nobody a second factor, and a sealed value changed
 * there is refused instead of used.
 */
public final class SecretBox {

    static final String PREFIX = "v1:";
    public static final int KEY_BYTES = 32;

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + KEY_BYTES + " bytes (256 bits), not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public String seal(String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv).put(sealed).array());
    }

    public String open(String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("The stored secret is not sealed");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] iv = Arrays.copyOf(all, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private byte[] run(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // on opening: another key than the one that sealed it, or a value altered in the database
            throw new IllegalStateException("A sealed secret could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened: it was sealed under another key or altered"), e);
        }
    }
}
