package com.aeims.interfaces.web.callback;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
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
import java.util.List;

/** The customer's call requests: their state live, cancelling, and taking a time the operator proposed. */
@Named
@ViewScoped
public class CustomerRequestsPage implements Serializable {

    private static final int SHOWN = 50;

    @Inject
    private CallRequests requests;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private transient List<CallRequestView> shown;

    public List<CallRequestView> getRequests() {
        if (shown == null) {
            shown = requests.list(CallRequests.Party.customer(currentUser.requireId()), SHOWN);
        }
        return shown;
    }

    public void cancel(String requestRef) {
        act(() -> {
            CallRequestView cancelled = requests.cancel(currentUser.requireId(), requestRef);
            FieldMessages.info(faces, cancelled.feeCents() > 0 ? "Cancelled; the connect fee was kept."
                    : "Cancelled; everything set aside is back in your balance.");
        });
    }

    public void acceptProposal(String requestRef) {
        act(() -> {
            requests.acceptProposal(currentUser.requireId(), requestRef);
            FieldMessages.info(faces, "Accepted: the operator calls you then.");
        });
    }

    /** After a call request's notification: read them again. */
    public void refresh() {
        shown = null;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (Refusal | LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "cancellation");
        }
        shown = null;
    }
}
