package com.aeims.application.account;

import com.aeims.domain.model.account.Account;
import java.util.Optional;

public interface AccountService {

    /** Creates a customer account after checking age, password strength and that the email is new. */
    Account registerCustomer(CustomerRegistration registration);

    /** Checks a login, records the attempt and applies per-account throttling. */
    LoginOutcome authenticate(String email, char[] password);

    boolean isThrottled(String email);

    Optional<Account> findByEmail(String email);
}
