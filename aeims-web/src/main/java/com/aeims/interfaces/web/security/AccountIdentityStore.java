package com.aeims.interfaces.web.security;

import com.aeims.application.account.AccountService;
import com.aeims.application.account.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks logins against the accounts in the database, throttled per account and address, with the second step for
 * accounts that use one; the group is the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LoginRefusal refusal;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String code = login instanceof PasswordAndCode coded ? coded.code() : "";
        // the client's address as the server sees it: behind a proxy, only with proxy-address-forwarding (README)
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPassword().getValue(), code,
                request.getRemoteAddr());
        switch (outcome.status()) {
            case THROTTLED -> refusal.throttled(outcome.retryAfter());
            case CODE_REQUIRED -> refusal.codeRequired();
            case SETUP_REQUIRED -> refusal.setUpFirst(outcome.setup());
            case AUTHENTICATED -> refusal.recoveryCodes(outcome.newRecoveryCodes());
            case INVALID -> { }
        }
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(), Set.of(outcome.role().groupName()));
    }
}
