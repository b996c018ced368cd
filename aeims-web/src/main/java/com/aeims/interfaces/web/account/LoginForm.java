package com.aeims.interfaces.web.account;

import com.aeims.application.account.AccountService;
import com.aeims.application.account.SecondFactorSetup;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.security.LoginRefusal;
import com.aeims.interfaces.web.security.PasswordAndCode;
import com.aeims.interfaces.web.site.LocalRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

@Named
@RequestScoped
public class LoginForm {

    @Inject
    private FacesContext faces;

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private LoginRefusal loginRefusal;

    private String email;
    private String password;
    private String code;
    private String next;
    private SecondFactorSetup setup;
    private List<String> recoveryCodes = List.of();
    private String home;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new PasswordAndCode(email, password, code))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                home = accounts.findByEmail(email).map(a -> CurrentUser.homeOf(a.getRole())).orElse("/index.xhtml");
                home = LocalRedirect.sanitize(next, home);
                recoveryCodes = loginRefusal.newRecoveryCodes();
                if (recoveryCodes.isEmpty()) {
                    external.redirect(external.getRequestContextPath() + home);
                    faces.responseComplete();
                }
                // else the page shows the new recovery codes once, then links home
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused();
        }
    }

    private void refused() {
        if (loginRefusal.retryAfter().isPresent()) {
            fail("login:password", LoginThrottle.message(loginRefusal.retryAfter().get()));
        } else if (loginRefusal.setup().isPresent()) {
            setup = loginRefusal.setup().get();
            fail("login:code", code == null || code.isBlank()
                    ? "Admins log in with an authenticator app: add the key above to yours, then enter your"
                            + " password and the code it shows"
                    : "That is not the code the app shows now; check the key and the phone's clock");
        } else if (loginRefusal.isCodeRequired()) {
            fail("login:code", code == null || code.isBlank()
                    ? "Enter the code from your authenticator app (or a recovery code) with your password"
                    : "That code is not right; enter your password and the app's current code");
        } else {
            fail("login:password", "Invalid email or password");
        }
    }

    private void fail(String field, String message) {
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public SecondFactorSetup getSetup() { return setup; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public String getHome() { return home; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
