package com.aeims.interfaces.web.admin;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.Chargebacks;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The money desk's chargebacks: what each took back and cost, and lifting a customer's freeze with a reason. */
@Named
@ViewScoped
public class ChargebackDesk implements Serializable {

    private static final int LISTED = 50;

    @Inject
    private Chargebacks chargebacks;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<Chargebacks.Chargeback> recent;
    private Long customerId;
    private String reason;

    @PostConstruct
    void load() {
        recent = chargebacks.recent(LISTED);
    }

    public void unfreeze() {
        try {
            chargebacks.unfreeze(currentUser.requireId(), customerId == null ? 0 : customerId, reason);
            FieldMessages.info(faces, "Customer " + customerId + " can spend again.");
            customerId = null;
            reason = null;
            recent = chargebacks.recent(LISTED);
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "chargebacks", failure);
        }
    }

    public List<Chargebacks.Chargeback> getRecent() { return recent; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
