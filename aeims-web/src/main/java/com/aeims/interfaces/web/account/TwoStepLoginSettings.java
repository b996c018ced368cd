package com.aeims.interfaces.web.account;

import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.SecondFactorSetup;
import com.aeims.application.account.SecondFactors;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** An operator turning two-step login on (app set-up, first code, recovery codes shown once) or off. */
@Named
@ViewScoped
public class TwoStepLoginSettings implements Serializable {

    static final String FORM = "two-step-form";

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private SecondFactors.Status status;
    private SecondFactorSetup setup;
    private List<String> recoveryCodes = List.of();
    private String code;

    @PostConstruct
    void load() {
        if (currentUser.isOperator() || currentUser.isAdmin()) {
            status = secondFactors.status(currentUser.requireId());
        }
    }

    public void begin() {
        try {
            setup = secondFactors.begin(currentUser.requireId());
            recoveryCodes = List.of();
        } catch (AccountRefused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactors.confirm(currentUser.requireId(), code);
            setup = null;
            code = null;
            status = secondFactors.status(currentUser.requireId());
            FieldMessages.info(faces, "Two-step login is on: your next login asks for the app's code.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, FORM, failure);
        }
    }

    public void turnOff() {
        try {
            secondFactors.turnOff(currentUser.requireId(), code,
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
            code = null;
            recoveryCodes = List.of();
            status = secondFactors.status(currentUser.requireId());
            FieldMessages.info(faces, "Two-step login is off.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, FORM, failure);
        } catch (AccountRefused refused) {
            faces.addMessage(FORM + ":code", new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public boolean isOn() { return status != null && status.on(); }
    public int getRecoveryCodesLeft() { return status == null ? 0 : status.recoveryCodesLeft(); }
    public SecondFactorSetup getSetup() { return setup; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
