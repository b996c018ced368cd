package com.aeims.interfaces.web.account;

import com.aeims.application.account.AccountService;
import com.aeims.domain.model.account.LoginThrottle;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.security.LoginRefusal;
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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                String home = accounts.findByEmail(email).map(a -> CurrentUser.homeOf(a.getRole()))
                        .orElse("/index.xhtml");
                external.redirect(external.getRequestContextPath() + LocalRedirect.sanitize(next, home));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> fail(loginRefusal.retryAfter().map(LoginThrottle::message).orElse("Invalid email or password"));
        }
    }

    private void fail(String message) {
        faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
