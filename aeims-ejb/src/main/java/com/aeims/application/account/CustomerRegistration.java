package com.aeims.application.account;

import java.time.LocalDate;

public record CustomerRegistration(String email, String displayName, String password, LocalDate dateOfBirth,
                                   long siteId) {
}
