package com.aeims.application.account;

import java.time.LocalDate;

/** A sign-up as it arrived, with the client address it came from (sign-ups are throttled per address). */
public record CustomerRegistration(String email, String displayName, String password, LocalDate dateOfBirth,
                                   long siteId, String clientAddress) {
}
