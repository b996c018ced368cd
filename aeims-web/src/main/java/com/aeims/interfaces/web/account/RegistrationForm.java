package com.aeims.interfaces.web.account;

import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.AccountService;
import com.aeims.application.account.CustomerRegistration;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

@Named
@RequestScoped
public class RegistrationForm {

    @Inject
    private FacesContext faces;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private SecurityContext security;

    private String email;
    private String displayName;
    private String password;
    private LocalDate dateOfBirth;

    public void register() throws IOException {
        try {
            accounts.registerCustomer(new CustomerRegistration(email, displayName, password, dateOfBirth,
                    currentSite.getId(), ((HttpServletRequest) faces.getExternalContext().getRequest())
                    .getRemoteAddr()));
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "register", failure);
            return;
        } catch (AccountRefused refused) {
            FieldMessages.refused(faces, refused, "sign-up");
            return;
        }
        ExternalContext external = faces.getExternalContext();
        security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        external.redirect(external.getRequestContextPath() + "/customer/dashboard.xhtml");
        faces.responseComplete();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
}
