package com.aeims.interfaces.web.call;

import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where an operator's calls ring; customers never see this number. */
@Named
@RequestScoped
public class OperatorPhoneForm {

    @Inject
    private OperatorAccountService operators;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String phone;

    @PostConstruct
    void load() {
        if (currentUser.isOperator()) {
            phone = operators.operator(currentUser.requireId()).getPhone();
        }
    }

    public void save() {
        try {
            phone = operators.changePhone(currentUser.requireId(), phone).getPhone();
            FieldMessages.info(faces, "Your calls will ring " + phone + ".");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "phone-form", failure);
        }
    }

    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
