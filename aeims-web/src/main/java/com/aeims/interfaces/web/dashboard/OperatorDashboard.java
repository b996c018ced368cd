package com.aeims.interfaces.web.dashboard;

import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorProfile;
import com.aeims.domain.model.operator.PricingLimit;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The operator's own dashboard: availability, call recording and profile. */
@Named
@ViewScoped
public class OperatorDashboard implements Serializable {

    @Inject
    private OperatorAccountService operators;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private long operatorId;
    private Availability availability;
    private ProfileForm profile;
    private List<PricingLimit> limits;
    private boolean recordCalls;

    @PostConstruct
    void init() {
        operatorId = currentUser.requireId();
        Operator operator = operators.operator(operatorId);
        availability = operator.getAvailability();
        profile = ProfileForm.of(operator.profile());
        limits = operators.pricingLimits();
        recordCalls = operator.isRecordsCalls();
    }

    /** Whether the operator's calls are recorded on sites that allow recordings. */
    public void saveRecording() {
        recordCalls = operators.recordCalls(operatorId, recordCalls).isRecordsCalls();
        FieldMessages.info(faces, recordCalls ? "Your calls are recorded on sites that allow it"
                : "Your calls are not recorded");
    }

    public void goOnline() {
        changeAvailability(Availability.ONLINE);
    }

    public void goOffline() {
        changeAvailability(Availability.OFFLINE);
    }

    private void changeAvailability(Availability wanted) {
        try {
            availability = operators.setAvailability(operatorId, wanted).getAvailability();
            FieldMessages.info(faces, availability == Availability.ONLINE ? "You are online" : "You are offline");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "availability", failure);
        }
    }

    public void saveProfile() {
        try {
            OperatorProfile saved = operators.updateProfile(operatorId, profile.toProfile()).profile();
            profile = ProfileForm.of(saved);
            FieldMessages.info(faces, "Profile saved");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "profile", failure);
        }
    }

    public boolean isOnline() {
        return availability == Availability.ONLINE;
    }

    public Availability getAvailability() { return availability; }
    public ProfileForm getProfile() { return profile; }
    public List<PricingLimit> getLimits() { return limits; }
    public boolean isRecordCalls() { return recordCalls; }
    public void setRecordCalls(boolean recordCalls) { this.recordCalls = recordCalls; }
}
