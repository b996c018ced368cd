package com.aeims.domain.model.account;

import com.aeims.domain.model.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A one-time code sent by SMS to a number an account wants as its phone. The number becomes the account's only when
 * the code comes back in time and within {@link #MAX_TRIES}; only a hash of the code is kept.
 */
@Entity
@Table(name = "phone_code")
public class PhoneCode {

    public static final int DIGITS = 6;
    public static final int MAX_TRIES = 5;
    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a code that came back proves. */
    public enum Check { CONFIRMED, WRONG, EXPIRED, USED_UP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "phone_e164", nullable = false)
    private String phone;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "failed_tries", nullable = false)
    private int failedTries;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    protected PhoneCode() {
    }

    private PhoneCode(long accountId, String phone, String code, Instant now) {
        this.accountId = accountId;
        this.phone = PhoneNumber.requireE164(phone);
        this.codeHash = hash(accountId, this.phone, code);
        this.sentAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(VALID_FOR).atOffset(ZoneOffset.UTC);
    }

    /** A fresh random code for the number; the code itself goes out by SMS and is not kept. */
    public static Issued issue(long accountId, String phone, Instant now) {
        String code = String.format("%0" + DIGITS + "d", RANDOM.nextInt((int) Math.pow(10, DIGITS)));
        return new Issued(new PhoneCode(accountId, phone, code, now), code);
    }

    public record Issued(PhoneCode phoneCode, String code) {
    }

    /** Checks a code typed back; a wrong one uses up a try. */
    public Check check(String typed, Instant now) {
        if (confirmedAt != null || failedTries >= MAX_TRIES) {
            return Check.USED_UP;
        }
        if (!now.isBefore(expiresAt.toInstant())) {
            return Check.EXPIRED;
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        boolean right = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(accountId, phone, digits).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            failedTries++;
            return Check.WRONG;
        }
        confirmedAt = now.atOffset(ZoneOffset.UTC);
        return Check.CONFIRMED;
    }

    public int triesLeft() {
        return Math.max(0, MAX_TRIES - failedTries);
    }

    private static String hash(long accountId, String phone, String code) {
        return Sha256.hex(accountId + ":" + phone + ":" + code);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getPhone() { return phone; }
    public Instant sentAt() { return sentAt.toInstant(); }
}
