package com.aeims.interfaces.web.admin;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.money.PayoutRuns;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The money desk's payout runs: open this period's, look at one, approve it, mark a payout sent back. */
@Named
@ViewScoped
public class PayoutRunDesk implements Serializable {

    private static final int LISTED = 20;

    @Inject
    private PayoutRuns payoutRuns;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<PayoutRuns.Run> runs;
    private Long shownRunId;
    private List<PayoutRuns.Item> items = List.of();
    private String returnReason;

    @PostConstruct
    void load() {
        runs = payoutRuns.recent(LISTED);
    }

    public void openThisPeriod() {
        show(payoutRuns.open(LocalDate.now(ZoneOffset.UTC)).id());
    }

    public void show(long runId) {
        try {
            items = payoutRuns.items(runId);
            shownRunId = runId;
        } catch (UnknownEntityException gone) {
            items = List.of();
            shownRunId = null;
        }
        runs = payoutRuns.recent(LISTED);
    }

    public void approve(long runId) {
        PayoutRuns.Run run = payoutRuns.approve(currentUser.requireId(), runId);
        FieldMessages.info(faces, "Run of " + run.periodStart() + " approved: " + run.operators() + " operator(s).");
        show(runId);
    }

    public void returned(long itemId) {
        try {
            payoutRuns.payoutReturned(currentUser.requireId(), itemId, returnReason);
            FieldMessages.info(faces, "The payout went back to the operator's earnings.");
            returnReason = null;
            if (shownRunId != null) {
                show(shownRunId);
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "runs", failure);
        } catch (LedgerException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public List<PayoutRuns.Run> getRuns() { return runs; }
    public Long getShownRunId() { return shownRunId; }
    public List<PayoutRuns.Item> getItems() { return items; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
}
