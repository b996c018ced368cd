package com.aeims.interfaces.web.account;

import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountRefused;
import com.aeims.application.account.PhoneVerification;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A customer's or operator's phone, on the page that needs it: a number typed in gets a code by SMS, and becomes
 * theirs when the code is typed back.
 */
@Named
@ViewScoped
public class PhoneConfirmation implements Serializable {

    static final String FORM = "phone-form";

    @Inject
    private PhoneVerification phones;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private FacesContext faces;

    private String confirmedPhone;
    private boolean changing;
    private String phone;
    private String code;
    private String codeSentTo;
    private String shownCode;

    @PostConstruct
    void load() {
        if (currentUser.isCustomer() || currentUser.isOperator()) {
            confirmedPhone = phones.confirmedPhone(currentUser.requireId()).orElse(null);
            phone = confirmedPhone;
        }
    }

    public void sendCode() {
        try {
            PhoneVerification.CodeSent sent = phones.sendCode(currentUser.requireId(), phone,
                    currentSite.getSite().getName());
            codeSentTo = sent.phone();
            shownCode = sent.shownCode().orElse(null);
            code = null;
            FieldMessages.info(faces, "We texted a code to " + codeSentTo + "; type it below within "
                    + sent.validFor().toMinutes() + " minutes.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, FORM, failure);
        } catch (AccountRefused refused) {
            faces.addMessage(FORM + ":phone", new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public void confirm() {
        try {
            confirmedPhone = phones.confirm(currentUser.requireId(), code);
            phone = confirmedPhone;
            codeSentTo = null;
            shownCode = null;
            code = null;
            changing = false;
            FieldMessages.info(faces, currentUser.isOperator() ? "Your calls will ring " + confirmedPhone + "."
                    : "We will call you on " + confirmedPhone + ".");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, FORM, failure);
        }
    }

    public void change() {
        changing = true;
    }

    public boolean isAsking() { return confirmedPhone == null || changing; }
    public boolean isCodeSent() { return codeSentTo != null; }
    public String getConfirmedPhone() { return confirmedPhone; }
    public String getCodeSentTo() { return codeSentTo; }
    public String getShownCode() { return shownCode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
