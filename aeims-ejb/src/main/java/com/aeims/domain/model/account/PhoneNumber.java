package com.aeims.domain.model.account;

import java.util.regex.Pattern;

/** Phone numbers as the PBX dials them: E.164, a plus and 7 to 15 digits (as the database checks). */
public final class PhoneNumber {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    private PhoneNumber() {
    }

    /** Removes the spaces, dashes, dots and parentheses people type; null for blank input. */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().replaceAll("[\\s().-]", "");
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    public static String requireE164(String number) {
        if (!isE164(number)) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
        return number;
    }
}
