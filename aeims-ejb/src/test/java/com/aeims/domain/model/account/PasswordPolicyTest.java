package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletterslong", "12345678901", "aaaaaaaaaa1", ""})
    void refusesWeakPasswords(String password) {
        assertTrue(PasswordPolicy.problemWith(password, "someone@example.com").isPresent());
    }

    @Test
    void refusesPasswordsContainingTheEmailName() {
        assertTrue(PasswordPolicy.problemWith("jennifer2026!", "jennifer@example.com").isPresent());
    }

    @Test
    void acceptsALongMixedPassword() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("Tr0ub4dor&3x", "someone@example.com"));
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertTrue(PasswordPolicy.problemWith("a1".repeat(100), "x@example.com").isPresent());
    }
}
