package com.aeims.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One try to log in, where it came from and what it came to; kept a while for ops, then purged. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    @Column(name = "client_address")
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    public enum Outcome { AUTHENTICATED, INVALID, THROTTLED }

    protected LoginAttempt() {
    }

    public LoginAttempt(String email, String clientAddress, OffsetDateTime attemptedAt, Outcome outcome) {
        this.email = email;
        this.clientAddress = clientAddress;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
    }
}
