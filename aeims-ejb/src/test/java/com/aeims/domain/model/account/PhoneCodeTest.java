package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhoneCodeTest {

    private static final Instant SENT = Instant.parse("2026-12-07T12:00:00Z");

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void theCodeIsSixDigitsAndOnlyItsHashIsKept() {
        PhoneCode.Issued issued = PhoneCode.issue(7, "+12125550123", SENT);
        assertTrue(issued.code().matches("\\d{6}"), issued.code());
        assertEquals(PhoneCode.Check.CONFIRMED, issued.phoneCode().check(" " + issued.code() + " ", SENT));
    }

    @Test
    void aRightCodeConfirmsOnce() {
        PhoneCode.Issued issued = PhoneCode.issue(7, "+12125550123", SENT);
        assertEquals(PhoneCode.Check.CONFIRMED, issued.phoneCode().check(issued.code(), SENT.plusSeconds(30)));
        assertEquals(PhoneCode.Check.USED_UP, issued.phoneCode().check(issued.code(), SENT.plusSeconds(31)));
    }

    @Test
    void fiveWrongAnswersUseTheCodeUp() {
        PhoneCode.Issued issued = PhoneCode.issue(7, "+12125550123", SENT);
        for (int left = 4; left >= 0; left--) {
            assertEquals(PhoneCode.Check.WRONG, issued.phoneCode().check(wrong(issued.code()), SENT));
            assertEquals(left, issued.phoneCode().triesLeft());
        }
        assertEquals(PhoneCode.Check.USED_UP, issued.phoneCode().check(issued.code(), SENT));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        PhoneCode.Issued issued = PhoneCode.issue(7, "+12125550123", SENT);
        assertEquals(PhoneCode.Check.EXPIRED, issued.phoneCode().check(issued.code(),
                SENT.plus(PhoneCode.VALID_FOR)));
        assertEquals(PhoneCode.MAX_TRIES, issued.phoneCode().triesLeft(), "an expired answer uses no try");
    }
}
