package com.aeims.interfaces.web.call;

import com.aeims.application.call.CallRefused;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallSummary;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The dashboards' "Active calls" panel: the logged-in customer's or operator's calls in progress. */
@Named
@RequestScoped
public class ActiveCalls {

    @Inject
    private CallService calls;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<CallSummary> active;

    public List<CallSummary> getCalls() {
        if (active == null) {
            active = calls.active(viewer());
        }
        return active;
    }

    public void hangup(String callRef) {
        try {
            calls.hangup(callRef, viewer());
        } catch (CallRefused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(),
                    refused.getMessage()));
        }
        active = null;
    }

    private CallService.Viewer viewer() {
        return new CallService.Viewer(currentUser.requireId(), currentUser.account().orElseThrow().getRole());
    }
}
