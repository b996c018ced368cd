package com.aeims.application.account;

/** What an authenticator app needs: the secret (base32, to type in) and the {@code otpauth://} URI (to scan or open). */
public record SecondFactorSetup(String secret, String otpauthUri) {
}
