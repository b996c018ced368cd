package com.aeims.application.account;

import com.aeims.domain.model.account.Account;
import java.util.Optional;

public interface AccountService {

    /** Creates a customer account after checking age, password strength and that the email is new. */
    Account registerCustomer(CustomerRegistration registration);

    /**
     * Checks a login from this client address, records the try and applies the growing delays of
     * {@link com.aeims.domain.model.account.LoginThrottle} per account and per address. An account with two-step
     * login (every admin) also needs {@code secondFactorCode}: its authenticator app's code or a recovery code.
     */
    LoginOutcome authenticate(String email, char[] password, String secondFactorCode, String clientAddress);

    Optional<Account> findByEmail(String email);
}
