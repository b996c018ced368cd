package com.aeims.interfaces.web.money;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.PayoutRuns;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Where an operator's payouts go: the email of their account at the payout processor. */
@Named
@ViewScoped
public class PayoutAccountForm implements Serializable {

    @Inject
    private PayoutRuns payouts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String email;

    @PostConstruct
    void load() {
        email = payouts.payoutEmail(currentUser.requireId());
    }

    public void save() {
        try {
            payouts.setPayoutEmail(currentUser.requireId(), email);
            FieldMessages.info(faces, "Payouts will go to " + email.strip().toLowerCase(Locale.ROOT) + ".");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "payout-account", failure);
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
