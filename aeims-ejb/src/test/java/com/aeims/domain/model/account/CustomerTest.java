package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void isAdultFromTheEighteenthBirthdayOn() {
        assertTrue(Customer.isAdult(LocalDate.of(2008, 11, 21), TODAY));
        assertFalse(Customer.isAdult(LocalDate.of(2008, 11, 22), TODAY));
    }

    @Test
    void aMissingBirthDateIsNotAdult() {
        assertFalse(Customer.isAdult(null, TODAY));
    }
}
