package com.aeims.interfaces.web.callback;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.callback.CallRequestView;
import com.aeims.application.callback.CallRequests;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The operator's call requests: those to decide (accept, decline, propose another time on their own clock), their
 * line of customers waiting for them to be free (skip, decline), and the rest; live on each request's notification.
 */
@Named
@ViewScoped
public class OperatorRequestsPage implements Serializable {

    private static final int SHOWN = 100;

    @Inject
    private CallRequests requests;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    /** The time typed for a proposal, as the browser's datetime-local input sends it, on the operator's clock. */
    private String proposedTime;
    private transient List<CallRequestView> shown;
    private transient List<CallRequestView> line;

    public List<CallRequestView> getRequests() {
        if (shown == null) {
            shown = requests.list(CallRequests.Party.operator(currentUser.requireId()), SHOWN).stream()
                    .filter(request -> !(request.kind().equals("when_free") && request.status().equals("pending")))
                    .toList();
        }
        return shown;
    }

    public List<CallRequestView> getLine() {
        if (line == null) {
            line = requests.line(currentUser.requireId());
        }
        return line;
    }

    public long getMissed() {
        return requests.missedBy(currentUser.requireId());
    }

    public void accept(String requestRef) {
        act(() -> requests.accept(currentUser.requireId(), requestRef), "Accepted: we ring the customer, then you.");
    }

    public void decline(String requestRef) {
        act(() -> requests.decline(currentUser.requireId(), requestRef), "Declined; the customer gets everything back.");
    }

    public void skip(String requestRef) {
        act(() -> requests.skip(currentUser.requireId(), requestRef), "Moved to the back of your line.");
    }

    public void propose(CallRequestView request) {
        try {
            LocalDateTime local = LocalDateTime.parse(proposedTime == null ? "" : proposedTime.strip());
            act(() -> requests.propose(currentUser.requireId(), request.requestRef(),
                    local.atZone(ZoneId.of(request.operatorTimeZone())).toInstant()),
                    "Proposed; the customer accepts it or cancels.");
            proposedTime = null;
        } catch (DateTimeParseException e) {
            FieldMessages.error(faces, "Choose a day and a time to propose");
        }
    }

    /** After a call request's notification: read them again. */
    public void refresh() {
        shown = null;
        line = null;
    }

    private void act(Supplier<CallRequestView> change, String done) {
        try {
            change.get();
            FieldMessages.info(faces, done);
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> FieldMessages.error(faces, message));
        } catch (Refusal | LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "call");
        }
        refresh();
    }

    public String getProposedTime() { return proposedTime; }
    public void setProposedTime(String proposedTime) { this.proposedTime = proposedTime; }
}
