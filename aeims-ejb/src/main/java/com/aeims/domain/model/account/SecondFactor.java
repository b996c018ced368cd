package com.aeims.domain.model.account;

import com.aeims.domain.model.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * An account's authenticator app ({@link Totp}): set up, then confirmed by the first code it shows; from then on a login
 * needs a code from it, or one of the account's one-time recovery codes.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    public static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "totp_secret", nullable = false)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {
    }

    /** A new secret for the account, not yet confirmed: it guards nothing until a code from it comes back. */
    public SecondFactor(long accountId, Instant now) {
        this.accountId = accountId;
        this.secret = Totp.newSecret();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Accepts a code from the app once; the first accepted code confirms the set-up. */
    public boolean accept(String typed, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, typed, now, lastUsedStep);
        if (step.isEmpty()) {
            return false;
        }
        lastUsedStep = step.getAsLong();
        if (confirmedAt == null) {
            confirmedAt = now.atOffset(ZoneOffset.UTC);
        }
        return true;
    }

    /** Fresh recovery codes, to be shown once; only their {@link #hashOf hashes} are kept. */
    public static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether a typed code is meant as a recovery code rather than an app's six digits. */
    public static boolean looksLikeRecoveryCode(String typed) {
        return typed != null && typed.strip().length() >= 10 && !typed.strip().matches("[\\d\\s]+");
    }

    public static String hashOf(String recoveryCode) {
        return Sha256.hex(recoveryCode.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    public Long getAccountId() { return accountId; }
    public String getSecret() { return secret; }
}
