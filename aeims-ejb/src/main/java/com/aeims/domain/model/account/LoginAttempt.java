package com.aeims.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One try to log in, kept for throttling. */
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

    @Column(nullable = false)
    private boolean succeeded;

    protected LoginAttempt() {
    }

    public LoginAttempt(String email, OffsetDateTime attemptedAt, boolean succeeded) {
        this.email = email;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
    }
}
