package com.aeims.infrastructure.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The MD5 digests CCBill signs prices and sales with (its published rules): the salt, the sub-account's encryption
 * key, is appended last and the digest is written in lowercase hex.
 */
public final class CcbillDigests {

    private CcbillDigests() {
    }

    /** A FlexForm's single-billing price: md5(initialPrice + initialPeriod + currencyCode + salt). */
    public static String formDigest(String initialPrice, String initialPeriod, String currencyCode, String salt) {
        return md5(initialPrice + initialPeriod + currencyCode + salt);
    }

    /** A successful sale, as its webhook carries it: md5(subscriptionId + "1" + salt). */
    public static String saleDigest(String subscriptionId, String salt) {
        return md5(subscriptionId + "1" + salt);
    }

    /** Compares in constant time, so a forger learns nothing from how long a refusal takes. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
