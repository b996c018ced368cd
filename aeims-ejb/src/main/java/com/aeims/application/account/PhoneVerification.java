package com.aeims.application.account;

import java.time.Duration;
import java.util.Optional;

/**
 * A customer's or operator's phone, confirmed by a one-time code sent to it by SMS: calls ring only a confirmed
 * number and SMS go only to one, so no one can have the platform ring or text a stranger.
 */
public interface PhoneVerification {

    /**
     * Texts a one-time code to the number, from the platform's number under the brand's name. At most
     * {@link #CODES_PER_DAY} codes a day go to one account and to one number.
     *
     * @throws com.aeims.application.ValidationFailure the number is malformed, not served or another operator's
     * @throws AccountRefused too many codes of late (429), or no SMS could be sent (503)
     */
    CodeSent sendCode(long accountId, String phone, String brandName);

    /**
     * Takes back the latest code sent to the account; a right one makes its number the account's phone.
     *
     * @return the number now confirmed
     * @throws com.aeims.application.ValidationFailure a wrong, expired or used-up code (field {@code code})
     */
    String confirm(long accountId, String code);

    /** The account's confirmed number, if it has one. */
    Optional<String> confirmedPhone(long accountId);

    int CODES_PER_DAY = 5;

    /**
     * A code on its way. {@code shownCode} is set only in demo mode on a server with no SMS provider, where the page
     * shows the code instead (the demo's numbers are fictional); never otherwise.
     */
    record CodeSent(String phone, Duration validFor, Optional<String> shownCode) {
    }
}
