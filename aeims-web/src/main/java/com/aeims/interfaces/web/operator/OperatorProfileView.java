package com.aeims.interfaces.web.operator;

import com.aeims.application.operator.OperatorDirectory;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.call.CallModule;
import com.aeims.interfaces.web.callback.CallbackBooking;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One operator's public profile on the current site. */
@Named
@RequestScoped
public class OperatorProfileView {

    @Inject
    private OperatorDirectory directory;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private FacesContext faces;

    @Inject
    private CallModule callModule;

    @Inject
    private CallbackBooking callbackBooking;

    private Long id;
    private Operator operator;

    /**
     * viewAction: an operator not listed on this site is "not found", not someone else's page. It only shows: a call
     * starts from the call panel's button (a POST), never from a link anyone could send.
     */
    public void load() throws IOException {
        operator = id == null ? null : directory.findOnSite(id, currentSite.getId()).orElse(null);
        if (operator == null) {
            faces.getExternalContext().responseSendError(404, "No such operator on this site");
            faces.responseComplete();
            return;
        }
        callModule.show(operator);
        callbackBooking.show(operator);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Operator getOperator() { return operator; }
}
