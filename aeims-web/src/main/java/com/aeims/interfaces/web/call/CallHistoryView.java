package com.aeims.interfaces.web.call;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallSummary;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The logged-in customer's or operator's calls, newest first. */
@Named
@RequestScoped
public class CallHistoryView {

    private static final int SHOWN = 200;

    @Inject
    private CallService calls;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<CallSummary> history;

    public List<CallSummary> getCalls() {
        if (history == null) {
            history = calls.history(viewer(), SHOWN);
        }
        return history;
    }

    /** Whether the viewer can play the call's recording (none, or deleted for them, shows nothing). */
    public boolean canPlay(CallSummary call) {
        return call.recordingFor(viewer().role());
    }

    /** Deletes the recording for the viewer; the other party keeps theirs. */
    public void deleteRecording(String callRef) {
        try {
            calls.deleteRecording(callRef, viewer());
        } catch (UnknownEntityException gone) {
            // deleted meanwhile (another page, the other party, retention): the list shows what is left
            FieldMessages.info(faces, "That recording is no longer there.");
        }
        history = null;
    }

    private CallService.Viewer viewer() {
        return new CallService.Viewer(currentUser.requireId(), currentUser.account().orElseThrow().getRole());
    }
}
