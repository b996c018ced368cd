package com.aeims.interfaces.web.call;

import com.aeims.application.call.CallService;
import com.aeims.application.call.CallSummary;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
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

    private List<CallSummary> history;

    public List<CallSummary> getCalls() {
        if (history == null) {
            history = calls.history(new CallService.Viewer(currentUser.requireId(),
                    currentUser.account().orElseThrow().getRole()), SHOWN);
        }
        return history;
    }
}
