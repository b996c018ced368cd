package com.aeims.domain.model.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2-HMAC-SHA256 password hash, stored as {@code pbkdf2-sha256$iterations$salt$hash}.
 * The iteration count travels with each hash so it can be raised later without breaking old logins.
 */
public final class PasswordHash {

    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    public static PasswordHash parse(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a " + SCHEME + " hash");
        }
        Base64.Decoder decoder = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), decoder.decode(parts[2]), decoder.decode(parts[3]));
    }

    public boolean matches(char[] candidate) {
        return MessageDigest.isEqual(hash, derive(candidate, salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    public String encoded() {
        Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    /** Spends the same time as a real check, so unknown accounts cannot be told apart by timing. */
    public static void burnEquivalentTime(char[] candidate) {
        derive(candidate, new byte[SALT_BYTES], ITERATIONS);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }
}
