package com.aeims.domain.model.account;

import java.util.Optional;

/** What makes a password acceptable for a new account. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("Mix letters with digits or symbols");
        }
        if (email != null && !email.isBlank() && password.toLowerCase().contains(localPart(email))) {
            return Optional.of("Do not use your email address in your password");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("Use more different characters");
        }
        return Optional.empty();
    }

    private static String localPart(String email) {
        String lower = email.strip().toLowerCase();
        int at = lower.indexOf('@');
        String local = at > 0 ? lower.substring(0, at) : lower;
        return local.length() < 4 ? "\u0000" : local;
    }
}
