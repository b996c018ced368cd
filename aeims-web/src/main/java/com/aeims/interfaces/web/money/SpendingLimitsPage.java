package com.aeims.interfaces.web.money;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.SpendingLimits;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A customer's own spending limits: caps over a day and a month, and a cool-off. */
@Named
@ViewScoped
public class SpendingLimitsPage implements Serializable {

    @Inject
    private SpendingLimits limits;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private SpendingLimits.View view;
    private Integer dailyCents;
    private Integer monthlyCents;
    private Integer coolOffDays = 1;

    @PostConstruct
    void load() {
        show(limits.view(currentUser.requireId()));
    }

    public void save() {
        try {
            show(limits.change(currentUser.requireId(), dailyCents == null ? null : dailyCents.longValue(),
                    monthlyCents == null ? null : monthlyCents.longValue()));
            FieldMessages.info(faces, view.dailyPending() || view.monthlyPending()
                    ? "Saved. A lower limit applies now; a higher one, or none, in 24 hours."
                    : "Saved. Your limits apply now.");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "limits", failure);
        }
    }

    public void coolOff() {
        try {
            show(limits.coolOff(currentUser.requireId(), coolOffDays == null ? 0 : coolOffDays));
            FieldMessages.info(faces, "Spending is paused until " + view.coolOffUntil() + " (UTC).");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "cool-off", failure);
        }
    }

    private void show(SpendingLimits.View shown) {
        view = shown;
        dailyCents = shown.dailyCents() == null ? null : Math.toIntExact(shown.dailyCents());
        monthlyCents = shown.monthlyCents() == null ? null : Math.toIntExact(shown.monthlyCents());
    }

    public SpendingLimits.View getView() { return view; }
    public Integer getDailyCents() { return dailyCents; }
    public void setDailyCents(Integer dailyCents) { this.dailyCents = dailyCents; }
    public Integer getMonthlyCents() { return monthlyCents; }
    public void setMonthlyCents(Integer monthlyCents) { this.monthlyCents = monthlyCents; }
    public Integer getCoolOffDays() { return coolOffDays; }
    public void setCoolOffDays(Integer coolOffDays) { this.coolOffDays = coolOffDays; }
}
